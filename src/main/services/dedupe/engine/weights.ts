/**
 * Match probabilities at or above this are reported as likely duplicates. Scores are the
 * Fellegi–Sunter model's probabilities (see model/), so 0.75 means "three to one for".
 */
export const DEFAULT_THRESHOLD = 0.75
