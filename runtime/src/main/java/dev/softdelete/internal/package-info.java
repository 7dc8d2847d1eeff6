/**
 * Helpers that generated repositories and row mappers call. Public only because generated code lives in
 * the user's packages; not an API, and free to change between releases.
 */
package dev.softdelete.internal;
