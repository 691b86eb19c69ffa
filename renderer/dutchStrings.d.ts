/** The Dutch strings of the first screen, made at build time (vite.web.config.ts, dutchStrings). */
declare module 'virtual:dutch-strings/first-screen' {
  type Tree = { [key: string]: string | Tree };
  const strings: Tree;
  export default strings;
}

/** All other Dutch strings, made at build time (vite.web.config.ts, dutchStrings). */
declare module 'virtual:dutch-strings/later' {
  type Tree = { [key: string]: string | Tree };
  const strings: Tree;
  export default strings;
}
