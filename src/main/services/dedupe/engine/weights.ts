/**
 * Match probabilities at or above this are reported as likely duplicates. Scores are the
 * Fellegi–Sunter model's probabilities (see model/), estimated with the share of duplicates among
 * all pairs of the collection as the prior. At 0.75 the generator's injected duplicates keep an
 * F1 of 0.98 at 100k records (0.6 would let through two more translated titles of the
 * cross-source set, but drops that F1 to 0.977).
 */
export const DEFAULT_THRESHOLD = 0.75
