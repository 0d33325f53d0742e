/** @module Interface wasi:random/random@0.2.0 **/
export function getRandomBytes(len: bigint): Uint8Array;
