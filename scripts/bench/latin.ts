import modelFile from "../../src/names/translit-model.json";
import { LatinSpeller, type ModelFile } from "../../src/names";

/** The harness's own speller (not the product's instance, so first-use timings still pay for theirs). */
const speller = new LatinSpeller(modelFile as unknown as ModelFile);

/** A Latin spelling of an Arabic name, for English benchmark questions. */
export function latinOf(arabic: string): string {
  return speller.name(arabic);
}
