/** Registers every element of opioid-elements (side effect) and re-exports their classes. */
export {};
