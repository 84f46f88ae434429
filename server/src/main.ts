// The app's entry point (`npm start`). NODE_ENV is read once, as graphql-js loads: unless told
// otherwise, the app runs in production mode, where graphql-js checks types with a plain
// instanceof instead of the development check that names a second copy of graphql (about 6% of
// the CPU of a busy matrix page). Hence this file sets it and only then loads the app.
process.env.NODE_ENV ??= 'production';
await import('./serve.js');
