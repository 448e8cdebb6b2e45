import { createContext, useContext } from 'react';
import { nb, type Messages } from './messages';

const MessagesContext = createContext<Messages>(nb);

/** The language of the pane, chosen once at start (bokmål unless told otherwise). */
export const MessagesProvider = MessagesContext.Provider;

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
