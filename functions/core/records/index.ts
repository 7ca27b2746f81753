export * from './build.js';
export * from './diff.js';
export * from './items.js';
export * from './keys.js';
export * from './result-codec.js';
export * from './sequencer.js';
