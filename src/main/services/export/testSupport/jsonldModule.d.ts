// jsonld ships no type declarations; it is used only in tests, to check the JSON-LD output.
declare module 'jsonld'
