/**
 * Helpers that generated repositories, row mappers and the processor call, and the rules they share.
 *
 * <p><b>Not a supported API.</b> The types are public only because generated code lives in the user's
 * packages; they may change or disappear in any release, without notice. Do not call them from your
 * own code.
 */
package dev.softdelete.internal;
