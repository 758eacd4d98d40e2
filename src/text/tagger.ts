/**
 * Part-of-speech tagging and lemmas for one sentence (wink-nlp), with UTF-16 offsets into the document.
 * Only sentences that may hold an event are tagged: tagging costs about as much again as splitting.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One token of a tagged sentence. */
export interface TaggedToken {
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /** Lower-cased lemma (wink-nlp's), the text itself where wink gives none. */
  readonly lemma: string;
  /** Universal POS tag: NOUN, VERB, AUX, ADP, DET, ADJ, ADV, PRON, PROPN, PART, CCONJ, SCONJ, NUM, PUNCT … */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/** Tags `sentence`, which starts at `offset` in the document; tokens carry document offsets. */
export function tagSentence(sentence: string, offset: number): TaggedToken[] {
  const doc = nlp.readDoc(sentence);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink types lemma as a model add-on; at run time it is an ordinary token property.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: TaggedToken[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps token text verbatim: a forward search re-anchors each token in the sentence.
    const at = sentence.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    cursor = end;
    const lower = value.toLowerCase();
    out[i] = { text: value, lower, lemma: (lemmas[i] ?? lower).toLowerCase(), pos: tags[i] ?? 'X', start: offset + start, end: offset + end };
  }
  return out;
}
