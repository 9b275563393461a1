package dev.kafkalabs.lab05;

/**
 * Lab 5.1's contract: moves an {@code assign()}ed consumer's position on one partition. The next
 * {@code poll()} reads from where the jump landed.
 */
public interface PartitionJumps {

    /** The first offset still in the log (0 unless retention deleted older records). */
    void jumpToBeginning();

    /** The end offset: only records written after the jump are read. */
    void jumpToEnd();

    /** Any offset. */
    void jumpTo(long offset);
}
