/** The page's element with this id, as the type the caller knows it to be (every id is in index.html). */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
