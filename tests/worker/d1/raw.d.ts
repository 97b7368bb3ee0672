/** Text files imported as strings (Vite ?raw), for the fixture articles. */
declare module "*.txt?raw" {
  const text: string;
  export default text;
}

/** Lexicon files imported as strings (Vite ?raw). */
declare module "*.tsv?raw" {
  const text: string;
  export default text;
}
