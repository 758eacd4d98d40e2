/** The parts of wink-eng-lite-web-model that wink-model.ts puts together (CommonJS files without types). */
declare module 'wink-eng-lite-web-model/dist/*' {
  const part: unknown;
  export default part;
}
