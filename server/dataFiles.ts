/** The files inside a data folder: the documents, and the accounts beside them. */
export const documentsFileName = 'board.sqlite';
export const accountsFileName = 'accounts.sqlite';
