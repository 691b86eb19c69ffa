/** The Dutch word list, sorted and folded, made at build time (vite.web.config.ts, dutchWordList). */
declare module 'virtual:dutch-words' {
  const sortedWords: string;
  export default sortedWords;
}
