//! Where a session's stdout and stderr go.
//!
//! Writes from the V8 thread are synchronous, as Node's are for files, pipes and
//! terminals on Linux: when `write()` returns, the bytes have been handed to the sink,
//! so nothing written before an exit can be lost or reordered.

use std::fs::File;
use std::io::{self, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, RawFd};
use std::sync::{Arc, Mutex};

/// A destination for one of a session's output streams.
pub trait OutputSink: Send {
    /// Writes all of `bytes`.
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Flushes whatever the sink buffers.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
    /// The terminal size when the sink is a terminal, `(columns, rows)`.
    fn terminal_size(&self) -> Option<(u16, u16)> {
        None
    }
}

/// A host file descriptor the process inherited (1 or 2), written unbuffered.
pub struct InheritedFd {
    fd: RawFd,
}

impl InheritedFd {
    /// The host's standard output.
    pub fn stdout() -> Self {
        InheritedFd { fd: 1 }
    }

    /// The host's standard error.
    pub fn stderr() -> Self {
        InheritedFd { fd: 2 }
    }
}

impl OutputSink for InheritedFd {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        // Borrow the descriptor without taking ownership of it.
        let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(self.fd) });
        file.write_all(bytes)
    }

    fn terminal_size(&self) -> Option<(u16, u16)> {
        terminal_size(self.fd)
    }
}

/// The size of the terminal behind `fd`, if it is one.
pub fn terminal_size(fd: RawFd) -> Option<(u16, u16)> {
    if unsafe { libc::isatty(fd) } != 1 {
        return None;
    }
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } != 0 || size.ws_col == 0 {
        return Some((80, 24));
    }
    Some((size.ws_col, size.ws_row))
}

/// Discards everything.
pub struct NullSink;

impl OutputSink for NullSink {
    fn write_all(&mut self, _bytes: &[u8]) -> io::Result<()> {
        Ok(())
    }
}

/// A file the session's output is written to.
pub struct FileSink(pub File);

impl OutputSink for FileSink {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)
    }
}

/// A sink shared by several sessions (e.g. the supervisor's stdout); each write is
/// delivered whole under the lock.
#[derive(Clone)]
pub struct SharedSink(pub Arc<Mutex<dyn OutputSink>>);

impl OutputSink for SharedSink {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).write_all(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).flush()
    }

    fn terminal_size(&self) -> Option<(u16, u16)> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).terminal_size()
    }
}
