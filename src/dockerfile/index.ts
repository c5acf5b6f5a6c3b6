// The Dockerfile model: parsing, stages, ARG/ENV scoping, shell parsing of RUN, .dockerignore.
export * from './dockerignore.js';
export * from './image-ref.js';
export * from './limits.js';
export * from './model.js';
export { type ParseOptions, parseDockerfile, stageEndEnv } from './parse.js';
export { LineIndex } from './position.js';
export * from './shell.js';
export * from './shell-query.js';
export * from './variables.js';
