/**
 * Media kits: a set of documents rendered to every format, written as a folder or a zip with
 * predictable names and a manifest of sizes and SHA-256 hashes, all or nothing.
 */
package org.briefkit.kit;
