//! The watchdog: enforces CPU-time and wall-clock limits.
//!
//! One thread checks every watched session every [`TICK`]; a session past its limit is
//! terminated (V8's `TerminateExecution`, so even `while (true) {}` stops) with reason
//! `cpu_limit` or `wall_limit`. At the configured fraction of a limit the session is
//! sent a `ResourceLimitWarning` first.

use corral_runtime::{EndReason, LoopEvent, SessionControl};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How often limits are checked; a session overruns its limit by at most about this.
pub const TICK: Duration = Duration::from_millis(5);

/// The limits of one session.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TimeLimits {
    /// CPU time of the session's thread.
    pub cpu: Option<Duration>,
    /// Time since the session started.
    pub wall: Option<Duration>,
    /// Fraction of a limit at which to warn (0: never).
    pub warn_fraction: f64,
}

impl TimeLimits {
    /// Whether there is anything to watch.
    pub fn is_empty(&self) -> bool {
        self.cpu.is_none() && self.wall.is_none()
    }
}

struct Watched {
    control: Arc<SessionControl>,
    limits: TimeLimits,
    started: Instant,
    warned_cpu: bool,
    warned_wall: bool,
}

/// The process-wide watchdog.
pub struct Watchdog {
    watched: Mutex<Vec<Watched>>,
}

impl Watchdog {
    /// The watchdog, started on first use.
    pub fn global() -> &'static Watchdog {
        static WATCHDOG: OnceLock<&'static Watchdog> = OnceLock::new();
        WATCHDOG.get_or_init(|| {
            let watchdog: &'static Watchdog = Box::leak(Box::new(Watchdog { watched: Mutex::new(Vec::new()) }));
            std::thread::Builder::new()
                .name("corral:watchdog".into())
                .spawn(move || loop {
                    std::thread::sleep(TICK);
                    watchdog.check();
                })
                .expect("cannot start the watchdog thread");
            watchdog
        })
    }

    /// Starts watching a session (until it ends).
    pub fn watch(&self, control: Arc<SessionControl>, limits: TimeLimits) {
        if limits.is_empty() {
            return;
        }
        let watched = Watched { control, limits, started: Instant::now(), warned_cpu: false, warned_wall: false };
        self.watched.lock().unwrap_or_else(|e| e.into_inner()).push(watched);
    }

    fn check(&self) {
        let mut watched = self.watched.lock().unwrap_or_else(|e| e.into_inner());
        watched.retain_mut(|session| {
            if session.control.termination().is_some() || Arc::strong_count(&session.control) == 1 {
                return false;
            }
            let fraction = session.limits.warn_fraction;
            if let (Some(limit), Some(used)) = (session.limits.cpu, session.control.cpu_time()) {
                if used >= limit {
                    session.control.terminate(EndReason::CpuLimit);
                    return false;
                }
                if fraction > 0.0 && !session.warned_cpu && used >= limit.mul_f64(fraction) {
                    session.warned_cpu = true;
                    session.control.send(LoopEvent::LimitWarning(format!(
                        "CPU time {} ms is {:.0}% of the session's limit of {} ms",
                        used.as_millis(),
                        fraction * 100.0,
                        limit.as_millis()
                    )));
                }
            }
            if let Some(limit) = session.limits.wall {
                let used = session.started.elapsed();
                if used >= limit {
                    session.control.terminate(EndReason::WallLimit);
                    return false;
                }
                if fraction > 0.0 && !session.warned_wall && used >= limit.mul_f64(fraction) {
                    session.warned_wall = true;
                    session.control.send(LoopEvent::LimitWarning(format!(
                        "running time {} ms is {:.0}% of the session's limit of {} ms",
                        used.as_millis(),
                        fraction * 100.0,
                        limit.as_millis()
                    )));
                }
            }
            true
        });
    }
}
