package dev.stepwise.fuzz;

/**
 * One generated input: its number in the run, how it was made (read it to see the damage; the run's seed and this
 * number replay it), and its bytes.
 */
record HostileCase(int index, String recipe, byte[] bytes) {
}
