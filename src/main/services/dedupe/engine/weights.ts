/**
 * Match probabilities at or above this are reported as likely duplicates. Scores are the
 * Fellegi–Sunter model's probabilities (see model/), estimated with the share of duplicates among
 * all pairs of the collection as the prior. 0.6 keeps the generator's F1 at 0.98 and lets a
 * translated title with the same dates and place through (cross-source set, issue 15).
 */
export const DEFAULT_THRESHOLD = 0.6
