//! Restart decisions, modelled on Erlang/OTP supervisors: whether a session that ended
//! restarts (its policy), whether it may (the intensity: at most `max_restarts` within
//! `period`), and after how long (exponential backoff with jitter).

use corral_config::{RestartConfig, RestartPolicy};
use corral_runtime::{EndReason, SessionOutcome};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// The restart rules of one session, with defaults filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct RestartRules {
    /// When to restart.
    pub policy: RestartPolicy,
    /// Intensity: restarts allowed within `period`.
    pub max_restarts: u32,
    /// Intensity period.
    pub period: Duration,
    /// First backoff delay.
    pub backoff_initial: Duration,
    /// Largest backoff delay.
    pub backoff_max: Duration,
    /// Whether a heap-limit end is restarted too.
    pub restart_on_heap_limit: bool,
}

impl RestartRules {
    /// The rules from a session's `[restart]` table and the supervisor's defaults.
    pub fn from_config(config: &RestartConfig, default_max: u32, default_period_ms: u64) -> Self {
        RestartRules {
            policy: config.policy,
            max_restarts: config.max_restarts.unwrap_or(default_max),
            period: Duration::from_millis(config.period_ms.unwrap_or(default_period_ms)),
            backoff_initial: Duration::from_millis(config.backoff_initial_ms),
            backoff_max: Duration::from_millis(config.backoff_max_ms),
            restart_on_heap_limit: config.restart_on_heap_limit,
        }
    }

    /// Whether the policy asks for a restart after `outcome`.
    pub fn wants_restart(&self, outcome: &SessionOutcome) -> bool {
        if outcome.reason == EndReason::HeapLimit && !self.restart_on_heap_limit {
            return false;
        }
        match self.policy {
            RestartPolicy::Never => false,
            RestartPolicy::OnFailure => outcome.code != 0,
            RestartPolicy::Always => true,
        }
    }
}

/// The restart history of one session.
#[derive(Debug, Default, Clone)]
pub struct RestartHistory {
    recent: VecDeque<Instant>,
    /// Restarts over the session's whole life.
    pub total: u32,
}

/// What to do with a session that ended and wants a restart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Restart after this delay.
    RestartAfter(Duration),
    /// Too many restarts within the period: stop for good.
    IntensityExceeded,
}

impl RestartHistory {
    /// Decides at `now`, and records the restart when there is one. `jitter` is a
    /// number in [0, 1) that spreads the delay by ±20%.
    pub fn decide(&mut self, rules: &RestartRules, now: Instant, jitter: f64) -> Verdict {
        while self.recent.front().is_some_and(|t| now.duration_since(*t) > rules.period) {
            self.recent.pop_front();
        }
        if self.recent.len() as u32 >= rules.max_restarts {
            return Verdict::IntensityExceeded;
        }
        let attempt = self.recent.len() as u32;
        self.recent.push_back(now);
        self.total += 1;
        let doubled = rules.backoff_initial.saturating_mul(1u32 << attempt.min(20));
        let base = doubled.min(rules.backoff_max);
        let spread = 0.8 + 0.4 * jitter.clamp(0.0, 1.0);
        Verdict::RestartAfter(base.mul_f64(spread).min(rules.backoff_max))
    }
}

/// A jitter value in [0, 1) that needs no random-number crate: the low bits of a
/// freshly seeded hasher.
pub fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(0);
    (hasher.finish() % 1_000_000) as f64 / 1_000_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(policy: RestartPolicy) -> RestartRules {
        RestartRules {
            policy,
            max_restarts: 3,
            period: Duration::from_secs(10),
            backoff_initial: Duration::from_millis(100),
            backoff_max: Duration::from_millis(350),
            restart_on_heap_limit: false,
        }
    }

    fn outcome(code: i32, reason: EndReason) -> SessionOutcome {
        SessionOutcome { code, reason, cpu_time: Duration::ZERO, peak_heap_bytes: 0 }
    }

    #[test]
    fn policies_follow_otp() {
        assert!(!rules(RestartPolicy::Never).wants_restart(&outcome(1, EndReason::Uncaught)));
        assert!(rules(RestartPolicy::OnFailure).wants_restart(&outcome(1, EndReason::Uncaught)));
        assert!(!rules(RestartPolicy::OnFailure).wants_restart(&outcome(0, EndReason::Exit)));
        assert!(rules(RestartPolicy::Always).wants_restart(&outcome(0, EndReason::Exit)));
        assert!(!rules(RestartPolicy::Always).wants_restart(&outcome(134, EndReason::HeapLimit)));
    }

    #[test]
    fn backoff_doubles_up_to_the_maximum_then_intensity_stops() {
        let rules = rules(RestartPolicy::Always);
        let mut history = RestartHistory::default();
        let start = Instant::now();
        let delays: Vec<Verdict> = (0..4).map(|i| history.decide(&rules, start + Duration::from_millis(i), 0.5)).collect();
        assert_eq!(
            delays,
            [
                Verdict::RestartAfter(Duration::from_millis(100)),
                Verdict::RestartAfter(Duration::from_millis(200)),
                Verdict::RestartAfter(Duration::from_millis(350)),
                Verdict::IntensityExceeded,
            ]
        );
        // Once the period has passed, restarts are allowed again.
        let later = start + Duration::from_secs(11);
        assert_eq!(history.decide(&rules, later, 0.5), Verdict::RestartAfter(Duration::from_millis(100)));
    }

    #[test]
    fn jitter_spreads_by_twenty_percent() {
        let rules = rules(RestartPolicy::Always);
        let now = Instant::now();
        assert_eq!(RestartHistory::default().decide(&rules, now, 0.0), Verdict::RestartAfter(Duration::from_millis(80)));
        let Verdict::RestartAfter(high) = RestartHistory::default().decide(&rules, now, 0.99999) else { panic!() };
        assert!(high > Duration::from_micros(119_990) && high < Duration::from_millis(120));
    }
}
