/** The names that make a workbook readable by name rather than by position (shared/spec contract). */
import type { Template } from '../template';

const PREFIX = 'BOSO_';

/** Defined name of a single-cell field, computed or typed: `BOSO_c1_fastrente`. */
export const fieldName = (fieldId: string): string => `${PREFIX}${fieldId}`;

/** Name of the Excel table that holds a template table: `BOSO_okonomi`. */
export const tableName = (tableId: string): string => `${PREFIX}${tableId}`;

/** The hidden sheet that records which template the workbook holds. */
export const INFO_SHEET = 'BOSO_info';

/**
 * The sheets of the template's layout plan, in order, without building the plan (the conditional formats
 * make that tens of milliseconds): what the workbook's state is read against.
 */
export const planSheetNames = (template: Template): string[] => [...template.sections.map((s) => s.sheetName), INFO_SHEET];
export const TEMPLATE_ID_NAME = 'BOSO_mal_id';
export const TEMPLATE_VERSION_NAME = 'BOSO_mal_versjon';
/** The cell on the first sheet where the add-in writes its status line (`Kontrollert …`, `Sendt inn …`). */
export const STATUS_NAME = 'BOSO_status';
