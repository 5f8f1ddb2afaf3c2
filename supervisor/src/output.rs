//! Where sessions' stdout and stderr go under `corral up`.
//!
//! Sessions that share one of the supervisor's own streams get their lines prefixed
//! with their name (`[web] listening`), written whole so lines of different sessions
//! never interleave mid-line. Files named by several sessions (or by restarts of one)
//! are truncated once, when the supervisor starts, and appended to afterwards.

use corral_config::StreamConfig;
use corral_runtime::output::{FileSink, InheritedFd, NullSink, OutputSink};
use std::collections::HashSet;
use std::fs::OpenOptions;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Opens session output destinations, remembering which files it has truncated.
pub struct Outputs {
    truncated: Mutex<HashSet<PathBuf>>,
    host_stdout: Arc<Mutex<InheritedFd>>,
    host_stderr: Arc<Mutex<InheritedFd>>,
}

/// Which of the supervisor's streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// Standard output.
    Stdout,
    /// Standard error.
    Stderr,
}

impl Default for Outputs {
    fn default() -> Self {
        Outputs::new()
    }
}

impl Outputs {
    /// A new set of outputs over the supervisor's own stdout and stderr.
    pub fn new() -> Self {
        Outputs {
            truncated: Mutex::new(HashSet::new()),
            host_stdout: Arc::new(Mutex::new(InheritedFd::stdout())),
            host_stderr: Arc::new(Mutex::new(InheritedFd::stderr())),
        }
    }

    /// The sink for one session stream. `prefix` is set when several sessions share
    /// the supervisor's stream. Relative paths are resolved against `base`.
    pub fn open(
        &self,
        config: &StreamConfig,
        stream: Stream,
        name: &str,
        prefix: bool,
        base: &Path,
    ) -> io::Result<Box<dyn OutputSink>> {
        Ok(match config {
            StreamConfig::Null => Box::new(NullSink),
            StreamConfig::Inherit => {
                let host = match stream {
                    Stream::Stdout => self.host_stdout.clone(),
                    Stream::Stderr => self.host_stderr.clone(),
                };
                if prefix {
                    Box::new(PrefixedSink { prefix: format!("[{name}] ").into_bytes(), pending: Vec::new(), host })
                } else {
                    Box::new(SharedFd(host))
                }
            }
            StreamConfig::File(path) => Box::new(FileSink(self.open_file(&base.join(path), true)?)),
            StreamConfig::Append(path) => Box::new(FileSink(self.open_file(&base.join(path), false)?)),
            StreamConfig::Log(dir) => {
                let dir = base.join(dir);
                std::fs::create_dir_all(&dir)?;
                Box::new(FileSink(self.open_file(&dir.join(format!("{name}.log")), false)?))
            }
        })
    }

    fn open_file(&self, path: &Path, truncate_first: bool) -> io::Result<std::fs::File> {
        let first = self.truncated.lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_path_buf());
        let mut options = OpenOptions::new();
        options.create(true);
        if truncate_first && first {
            options.write(true).truncate(true);
        } else {
            options.append(true);
        }
        options.open(path)
    }
}

/// The supervisor's stream, shared by sessions, unprefixed.
struct SharedFd(Arc<Mutex<InheritedFd>>);

impl OutputSink for SharedFd {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).write_all(bytes)
    }

    fn terminal_size(&self) -> Option<(u16, u16)> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).terminal_size()
    }
}

/// Writes whole lines with a prefix; a partial line waits for its end (or the
/// session's end).
struct PrefixedSink {
    prefix: Vec<u8>,
    pending: Vec<u8>,
    host: Arc<Mutex<InheritedFd>>,
}

impl OutputSink for PrefixedSink {
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.pending.extend_from_slice(bytes);
        let Some(last_newline) = self.pending.iter().rposition(|&b| b == b'\n') else { return Ok(()) };
        let mut out = Vec::with_capacity(last_newline + 1 + self.prefix.len() * 4);
        for line in self.pending[..=last_newline].split_inclusive(|&b| b == b'\n') {
            out.extend_from_slice(&self.prefix);
            out.extend_from_slice(line);
        }
        self.pending.drain(..=last_newline);
        self.host.lock().unwrap_or_else(|e| e.into_inner()).write_all(&out)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut out = self.prefix.clone();
        out.append(&mut self.pending);
        out.push(b'\n');
        self.host.lock().unwrap_or_else(|e| e.into_inner()).write_all(&out)
    }
}
