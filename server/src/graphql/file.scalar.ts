import { builder, type UploadedFile } from './builder.js';

/** A document file uploaded with the GraphQL multipart request spec (as urql and graphql-yoga speak it). */
export const FileScalar = builder.scalarType('File', {
  description: 'A file sent with a GraphQL multipart request; an input only.',
  serialize: () => {
    throw new Error('File is an input only');
  },
  parseValue: (value) => {
    const file = value as Partial<UploadedFile> | null;
    if (!file || typeof file.arrayBuffer !== 'function' || typeof file.name !== 'string')
      throw new TypeError('File expects a file sent with a multipart request');
    return file as UploadedFile;
  },
});
