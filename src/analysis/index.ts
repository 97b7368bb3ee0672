export { normalizeArabic, hasArabic, isLatin } from "./normalize";
export { foldedCodes } from "./fold";
export { tokenize, type Token } from "./tokenize";
export { stemArabic, DEFAULT_EXTENSIONS, type StemExtension, type StemOptions } from "./stem";
export { isStopword, ARABIC_STOPWORDS, ENGLISH_STOPWORDS } from "./stopwords";
export { analyze, analyzeToken, terms, DEFAULT_ANALYZER, type AnalyzerOptions, type Term } from "./analyzer";
export { arabicKey, latinKey, keyDistance, keyNeighbors, allowedDistance, tsVariants, KEY_CLASSES } from "./phonetic";
export { patternVariants, rootsOf, formsOf, type PatternGroup } from "./patterns";
export { bareNoun, nameKey, foldTitleWord, foldTitle } from "./names";
