/** The ribbon's function names: manifest.xml's `<FunctionName>` and `Office.actions.associate` use the same. */
export const KONTROLLER = 'kontroller';
export const SEND_INN = 'sendInn';
