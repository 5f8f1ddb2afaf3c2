//! Signals sent to the corral process itself, forwarded to sessions.
//!
//! A `signal-hook` iterator runs on its own thread; each signal is handed to a callback
//! (for `corral run`, delivery to the one session's signal actor).

use corral_runtime::Signal;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH};
use signal_hook::iterator::{Handle, Signals};
use std::io;

/// The host signals corral forwards.
const FORWARDED: [i32; 6] = [SIGHUP, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH];

/// Listens for host signals until the returned handle is closed.
pub fn forward(mut on_signal: impl FnMut(Signal) + Send + 'static) -> io::Result<Handle> {
    let mut signals = Signals::new(FORWARDED)?;
    let handle = signals.handle();
    std::thread::Builder::new().name("corral:signals".into()).spawn(move || {
        for number in signals.forever() {
            if let Some(signal) = Signal::from_number(number) {
                on_signal(signal);
            }
        }
    })?;
    Ok(handle)
}
