export * from './build.js';
export * from './co-codes.js';
export * from './diff.js';
export * from './item-size.js';
export * from './items.js';
export * from './keys.js';
export * from './result-codec.js';
export * from './sequencer.js';
