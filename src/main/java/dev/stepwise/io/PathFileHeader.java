package dev.stepwise.io;

/** A path file's identity, read without reading the whole file: enough to tell whether it is news. */
public record PathFileHeader(String id, int contentVersion) {
}
