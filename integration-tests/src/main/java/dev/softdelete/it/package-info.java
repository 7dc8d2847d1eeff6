/**
 * Entities compiled by the real processor, through annotationProcessorPaths, as a user's build would.
 * Together they use every supported type, each kind of id and both kinds of unique key.
 */
package dev.softdelete.it;
