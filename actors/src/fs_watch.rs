//! File watching: the host side of `fs.watch`.
//!
//! All sessions share one inotify instance, read by one process-wide thread, as libuv
//! shares one per event loop. A session's watch adds its path to that instance; a
//! file watched twice (by one session or several) is one kernel watch descriptor
//! with several session watches on it. Every event read goes, as a
//! `LoopEvent::FsEvent`, to each session watch on its descriptor, worded as libuv
//! words it: `change` for a modification or an attribute change alone, `rename` for
//! anything else (creation, deletion, a move, the watch ending); the name is the
//! entry's within a watched directory, else the watched path's last component.
//!
//! Watches are added on the caller's thread, when the session's V8 thread sends the
//! request: `inotify_add_watch` is a quick system call that never waits, and this
//! way a change the program makes right after `fs.watch()` returns is seen, as in
//! Node. Recursive watching is built in JavaScript from these watches, as Node does
//! on Linux. A session's [`SessionWatches`] removes its watches when the session's
//! host is dropped.

use corral_runtime::mailbox::FsEventKind;
use corral_runtime::LoopEvent;
use crossbeam_channel::Sender;
use std::collections::HashMap;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

/// What every watch asks the kernel for: the events libuv watches for.
const WATCH_MASK: u32 = libc::IN_ATTRIB
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_DELETE
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF
    | libc::IN_MOVED_FROM
    | libc::IN_MOVED_TO;

/// Bytes read from the inotify descriptor at once.
const READ_BUFFER_SIZE: usize = 64 * 1024;

/// Size of `struct inotify_event` before its name.
const EVENT_HEADER_SIZE: usize = 16;

/// One session's watches, keyed by the ids the session chose.
pub struct SessionWatches {
    session: u64,
    events: Sender<LoopEvent>,
}

impl SessionWatches {
    /// The watches of a session whose mailbox is `events`.
    pub fn new(events: Sender<LoopEvent>) -> Self {
        static NEXT_SESSION: AtomicU64 = AtomicU64::new(1);
        SessionWatches { session: NEXT_SESSION.fetch_add(1, Ordering::Relaxed), events }
    }

    /// Starts watch `watch` on `path`; `name` is what events on `path` itself report.
    /// A failure arrives in the mailbox as `LoopEvent::FsWatchError`.
    pub fn watch(&self, watch: u64, path: &Path, name: Vec<u8>) {
        let key = Key { session: self.session, watch };
        let added = match Inotify::global() {
            Ok(inotify) => inotify.add(key, path, name, self.events.clone()),
            Err(errno) => Err(errno),
        };
        if let Err(errno) = added {
            let _ = self.events.send(LoopEvent::FsWatchError { watch, errno });
        }
    }

    /// Stops watch `watch`.
    pub fn unwatch(&self, watch: u64) {
        if let Ok(inotify) = Inotify::global() {
            inotify.remove(Key { session: self.session, watch });
        }
    }
}

impl Drop for SessionWatches {
    fn drop(&mut self) {
        if let Ok(inotify) = Inotify::global() {
            inotify.remove_session(self.session);
        }
    }
}

/// A session watch: which session, and its id there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    session: u64,
    watch: u64,
}

/// A session watch on a watch descriptor.
struct Target {
    key: Key,
    /// Reported for events on the watched entry itself.
    name: Vec<u8>,
    events: Sender<LoopEvent>,
}

/// Who watches what.
#[derive(Default)]
struct Registry {
    /// The session watches on each watch descriptor.
    targets: HashMap<i32, Vec<Target>>,
    /// The watch descriptor of each session watch.
    descriptors: HashMap<Key, i32>,
}

/// The process-wide inotify instance.
struct Inotify {
    fd: i32,
    registry: Arc<Mutex<Registry>>,
}

impl Inotify {
    /// The instance, created with its reader thread on first use; the errno when it
    /// could not be.
    fn global() -> Result<&'static Inotify, i32> {
        static INSTANCE: OnceLock<Result<Inotify, i32>> = OnceLock::new();
        INSTANCE.get_or_init(Inotify::start).as_ref().map_err(|errno| *errno)
    }

    fn start() -> Result<Inotify, i32> {
        // SAFETY: a plain system call.
        let fd = unsafe { libc::inotify_init1(libc::IN_CLOEXEC) };
        if fd < 0 {
            return Err(last_errno());
        }
        let registry = Arc::new(Mutex::new(Registry::default()));
        let reader_registry = registry.clone();
        let spawned = std::thread::Builder::new()
            .name("corral:fs-watch".into())
            .spawn(move || read_events(fd, &reader_registry));
        if let Err(error) = spawned {
            // SAFETY: `fd` is ours and no one else uses it.
            unsafe { libc::close(fd) };
            return Err(error.raw_os_error().unwrap_or(libc::EAGAIN));
        }
        Ok(Inotify { fd, registry })
    }

    fn registry(&self) -> MutexGuard<'_, Registry> {
        self.registry.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds a session watch. The registry stays locked while the kernel watch is
    /// added, so the reader thread cannot see an event for it before it is known.
    fn add(&self, key: Key, path: &Path, name: Vec<u8>, events: Sender<LoopEvent>) -> Result<(), i32> {
        let path = CString::new(path.as_os_str().as_bytes()).map_err(|_| libc::ENOENT)?;
        let mut registry = self.registry();
        // SAFETY: `path` is a valid C string for the call's duration.
        let descriptor = unsafe { libc::inotify_add_watch(self.fd, path.as_ptr(), WATCH_MASK) };
        if descriptor < 0 {
            return Err(last_errno());
        }
        registry.targets.entry(descriptor).or_default().push(Target { key, name, events });
        registry.descriptors.insert(key, descriptor);
        Ok(())
    }

    /// Removes a session watch, and the kernel watch when it was the last on it.
    fn remove(&self, key: Key) {
        let mut registry = self.registry();
        self.remove_locked(&mut registry, key);
    }

    /// Removes every watch of a session.
    fn remove_session(&self, session: u64) {
        let mut registry = self.registry();
        let keys: Vec<Key> = registry.descriptors.keys().filter(|key| key.session == session).copied().collect();
        for key in keys {
            self.remove_locked(&mut registry, key);
        }
    }

    fn remove_locked(&self, registry: &mut Registry, key: Key) {
        let Some(descriptor) = registry.descriptors.remove(&key) else { return };
        let Some(targets) = registry.targets.get_mut(&descriptor) else { return };
        targets.retain(|target| target.key != key);
        if targets.is_empty() {
            registry.targets.remove(&descriptor);
            // SAFETY: a plain system call; a descriptor the kernel already dropped
            // gives EINVAL, which is fine.
            unsafe { libc::inotify_rm_watch(self.fd, descriptor) };
        }
    }
}

/// The reader thread: reads events forever and hands them out.
fn read_events(fd: i32, registry: &Mutex<Registry>) {
    let mut buffer = vec![0u8; READ_BUFFER_SIZE];
    loop {
        // SAFETY: `buffer` is valid for `buffer.len()` bytes.
        let read = unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), buffer.len()) };
        if read < 0 {
            let errno = last_errno();
            if errno == libc::EINTR {
                continue;
            }
            tracing::error!(errno, "reading file watch events failed; file watching stops");
            return;
        }
        let mut registry = registry.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        for event in parse_events(&buffer[..read as usize]) {
            deliver(&mut registry, &event);
        }
    }
}

/// One `struct inotify_event`.
struct RawEvent<'a> {
    descriptor: i32,
    mask: u32,
    /// The entry's name within a watched directory; empty for the watched entry.
    name: &'a [u8],
}

/// Splits what one read returned into events.
fn parse_events(mut bytes: &[u8]) -> Vec<RawEvent<'_>> {
    let mut events = Vec::new();
    while bytes.len() >= EVENT_HEADER_SIZE {
        let field = |at: usize| [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]];
        let descriptor = i32::from_ne_bytes(field(0));
        let mask = u32::from_ne_bytes(field(4));
        let name_length = u32::from_ne_bytes(field(12)) as usize;
        let end = (EVENT_HEADER_SIZE + name_length).min(bytes.len());
        let padded = &bytes[EVENT_HEADER_SIZE..end];
        let name = &padded[..padded.iter().position(|&b| b == 0).unwrap_or(padded.len())];
        events.push(RawEvent { descriptor, mask, name });
        bytes = &bytes[end..];
    }
    events
}

/// libuv's reading of an event mask: `change` when only the contents or attributes
/// changed, `rename` for anything else.
fn kind_of(mask: u32) -> FsEventKind {
    if mask & !(libc::IN_ATTRIB | libc::IN_MODIFY) != 0 {
        FsEventKind::Rename
    } else {
        FsEventKind::Change
    }
}

/// Sends one event to the session watches on its descriptor. When the kernel ended
/// the watch (`IN_IGNORED`: the entry is gone), its session watches are forgotten
/// after hearing of it.
fn deliver(registry: &mut Registry, event: &RawEvent<'_>) {
    let Some(targets) = registry.targets.get(&event.descriptor) else { return };
    let kind = kind_of(event.mask);
    for target in targets {
        let filename = if event.name.is_empty() { target.name.clone() } else { event.name.to_vec() };
        let _ = target.events.send(LoopEvent::FsEvent { watch: target.key.watch, kind, filename });
    }
    if event.mask & libc::IN_IGNORED != 0 {
        for target in registry.targets.remove(&event.descriptor).unwrap_or_default() {
            registry.descriptors.remove(&target.key);
        }
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}
