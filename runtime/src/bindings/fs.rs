//! The file system, for `fs` and `fs/promises`: synchronous operations confined to the
//! session's roots.
//!
//! Every path argument is made absolute against the session's cwd, resolved on the
//! host (so `..` and symlinks are judged by where they lead) and checked against the
//! session's read or write grant before anything touches the host; a refusal is
//! `EACCES` naming the path as the program gave it. Operations on a link itself
//! (`lstat`, `unlink`, `rename`, `symlink`, ...) resolve the parent directory and keep
//! the last component. Open files live in a per-session descriptor table: JavaScript
//! sees small integers from 3 up, never host descriptors. The callback and promise
//! forms are built in JavaScript on these operations (`runtime/js/fs.js`).

use super::{absolute, arg_string, resolve, set_fn, state, SystemError};
use crate::permissions::resolve_on_host;
use std::collections::BTreeMap;
use std::ffi::CString;
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, PermissionsExt};
use std::os::unix::io::FromRawFd;
use std::path::{Path, PathBuf};

/// Installs the session's descriptor table (once) and the operations on `target`
/// (`internals.fs`).
pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    if scope.get_slot::<FdTable>().is_none() {
        scope.set_slot(FdTable::default());
    }
    set_fn(scope, target, "open", open);
    set_fn(scope, target, "close", close);
    set_fn(scope, target, "read", read);
    set_fn(scope, target, "write", write);
    set_fn(scope, target, "writeString", write_string);
    set_fn(scope, target, "readFile", read_file);
    set_fn(scope, target, "readFileUtf8", read_file_utf8);
    set_fn(scope, target, "readFd", read_fd);
    set_fn(scope, target, "writeFile", write_file);
    set_fn(scope, target, "stat", stat);
    set_fn(scope, target, "lstat", lstat);
    set_fn(scope, target, "fstat", fstat);
    set_fn(scope, target, "statfs", statfs);
    set_fn(scope, target, "readdir", readdir);
    set_fn(scope, target, "mkdir", mkdir);
    set_fn(scope, target, "mkdtemp", mkdtemp);
    set_fn(scope, target, "rmdir", rmdir);
    set_fn(scope, target, "unlink", unlink);
    set_fn(scope, target, "rm", rm);
    set_fn(scope, target, "rename", rename);
    set_fn(scope, target, "copyFile", copy_file);
    set_fn(scope, target, "link", link);
    set_fn(scope, target, "symlink", symlink);
    set_fn(scope, target, "readlink", readlink);
    set_fn(scope, target, "realpath", realpath);
    set_fn(scope, target, "access", access);
    set_fn(scope, target, "truncate", truncate);
    set_fn(scope, target, "ftruncate", ftruncate);
    set_fn(scope, target, "fsync", fsync);
    set_fn(scope, target, "utimes", utimes);
    set_fn(scope, target, "lutimes", lutimes);
    set_fn(scope, target, "futimes", futimes);
    set_fn(scope, target, "chmod", chmod);
    set_fn(scope, target, "fchmod", fchmod);
    set_fn(scope, target, "chown", chown);
    set_fn(scope, target, "lchown", lchown);
    set_fn(scope, target, "fchown", fchown);
}

// ---------------------------------------------------------------------------
// Descriptors

/// The first descriptor handed out (0, 1 and 2 are the standard streams).
const FIRST_FD: i32 = 3;
/// How many files one session may hold open at once.
const MAX_OPEN_FILES: usize = 4096;

/// A session's open files, keyed by the descriptors JavaScript sees. Stored in an
/// isolate slot, so it is per session and its files close when the isolate goes.
#[derive(Default)]
struct FdTable {
    files: BTreeMap<i32, File>,
}

impl FdTable {
    /// Adds `file` under the lowest free descriptor, as the kernel would.
    fn insert(&mut self, file: File) -> Option<i32> {
        if self.files.len() >= MAX_OPEN_FILES {
            return None;
        }
        let mut fd = FIRST_FD;
        for &used in self.files.keys() {
            if used != fd {
                break;
            }
            fd += 1;
        }
        self.files.insert(fd, file);
        Some(fd)
    }
}

/// Runs `f` on open file `fd`; `None` when `fd` is not open (EBADF).
fn with_file<T>(scope: &mut v8::PinScope<'_, '_>, fd: i32, f: impl FnOnce(&mut File) -> T) -> Option<T> {
    let table = scope.get_slot_mut::<FdTable>()?;
    table.files.get_mut(&fd).map(f)
}

fn arg_fd(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> i32 {
    args.get(index).int32_value(scope).unwrap_or(-1)
}

fn bad_fd(scope: &mut v8::PinScope<'_, '_>, syscall: &str) {
    SystemError { code: "EBADF", errno: libc::EBADF, syscall, path: None }.throw(scope);
}

// ---------------------------------------------------------------------------
// Paths and permissions

/// What an operation needs of a path.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    Read,
    Write,
    ReadWrite,
}

/// The path with its parent resolved and its last component kept as is: the entry
/// itself when it is a symlink.
fn resolve_leaf(scope: &mut v8::PinScope<'_, '_>, given: &str) -> PathBuf {
    let absolute = absolute(scope, given);
    match (absolute.parent(), absolute.file_name()) {
        (Some(parent), Some(name)) => resolve_on_host(parent).join(name),
        _ => absolute,
    }
}

/// Whether the session may do `need` to `resolved`; throws `EACCES` naming `given`
/// if not. An empty path is `ENOENT`, as on the host.
fn allowed(scope: &mut v8::PinScope<'_, '_>, need: Need, syscall: &str, given: &str, resolved: &Path) -> bool {
    if given.is_empty() {
        no_entry(scope, syscall, given);
        return false;
    }
    let shared = state(scope);
    let ok = {
        let session = shared.borrow();
        let permissions = &session.permissions;
        match need {
            // A directory above a granted root may be looked at (it must exist).
            Need::Read if matches!(syscall, "stat" | "lstat" | "access") && permissions.lies_above_a_root(resolved) => true,
            Need::Read => permissions.can_read(resolved),
            Need::Write => permissions.can_write(resolved),
            Need::ReadWrite => permissions.can_read(resolved) && permissions.can_write(resolved),
        }
    };
    if !ok {
        SystemError::access_denied(syscall, given).throw(scope);
    }
    ok
}

/// Resolves `given` (following links when `follow`) and checks it; `None` after
/// throwing.
fn checked(scope: &mut v8::PinScope<'_, '_>, need: Need, syscall: &str, given: &str, follow: bool) -> Option<PathBuf> {
    let resolved = if follow { resolve(scope, given) } else { resolve_leaf(scope, given) };
    allowed(scope, need, syscall, given, &resolved).then_some(resolved)
}

fn fail(scope: &mut v8::PinScope<'_, '_>, error: &std::io::Error, syscall: &str, given: Option<&str>) {
    SystemError::from_io(error, syscall, given).throw(scope);
}

fn c_path(path: &Path) -> CString {
    CString::new(path.as_os_str().as_bytes()).unwrap_or_default()
}

/// Converts a libc return value into an `io::Result`.
fn cvt(result: libc::c_int) -> std::io::Result<()> {
    if result < 0 { Err(std::io::Error::last_os_error()) } else { Ok(()) }
}

// ---------------------------------------------------------------------------
// Buffers and values

/// The bytes of the `ArrayBufferView` argument at `index`, as a raw slice.
///
/// The slice stays valid while no JavaScript runs (callers use it immediately).
fn view_slice<'a>(args: &v8::FunctionCallbackArguments, index: i32) -> Option<&'a mut [u8]> {
    let view = v8::Local::<v8::ArrayBufferView>::try_from(args.get(index)).ok()?;
    let len = view.byte_length();
    if len == 0 {
        return Some(&mut []);
    }
    let data = view.data() as *mut u8;
    if data.is_null() {
        return Some(&mut []);
    }
    // SAFETY: `data` points at the view's `len` bytes (materialized off the V8 heap by
    // `data()`); no JavaScript runs, and so nothing detaches or resizes the buffer,
    // while the caller uses the slice.
    Some(unsafe { std::slice::from_raw_parts_mut(data, len) })
}

fn not_a_buffer(scope: &mut v8::PinScope<'_, '_>) {
    super::throw_type_error(
        scope,
        "ERR_INVALID_ARG_TYPE",
        "The \"buffer\" argument must be an instance of Buffer, TypedArray, or DataView.",
    );
}

/// `args[index]` as a non-negative integer, or `default` when absent, null or negative.
fn arg_usize(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32, default: usize) -> usize {
    let value = args.get(index);
    if !value.is_number() {
        return default;
    }
    match value.integer_value(scope) {
        Some(n) if n >= 0 => n as usize,
        _ => default,
    }
}

/// A file position argument: `Some(offset)`, or `None` for "the current position"
/// (null, undefined or -1).
fn arg_position(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments, index: i32) -> Option<u64> {
    let value = args.get(index);
    if !value.is_number() {
        return None;
    }
    value.integer_value(scope).filter(|&n| n >= 0).map(|n| n as u64)
}

fn uint8_array<'s>(scope: &mut v8::PinScope<'s, '_>, bytes: Vec<u8>) -> v8::Local<'s, v8::Value> {
    let len = bytes.len();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    v8::Uint8Array::new(scope, buffer, 0, len).unwrap().into()
}

fn set_string(scope: &mut v8::PinScope<'_, '_>, rv: &mut v8::ReturnValue, text: &str) {
    match v8::String::new(scope, text) {
        Some(value) => rv.set(value.into()),
        None => super::throw_type_error(
            scope,
            "ERR_STRING_TOO_LONG",
            "Cannot create a string longer than 0x1fffffe8 characters",
        ),
    }
}

fn set_path(scope: &mut v8::PinScope<'_, '_>, rv: &mut v8::ReturnValue, path: &Path) {
    set_string(scope, rv, &path.to_string_lossy());
}

// ---------------------------------------------------------------------------
// Opening, reading and writing

/// Opens `resolved` with Node's numeric `flags` and `mode`, close-on-exec. The path
/// is already resolved, so a link in its last place (one swapped in since) is refused
/// rather than followed.
fn open_host(resolved: &Path, flags: i32, mode: u32) -> std::io::Result<File> {
    let path = c_path(resolved);
    let flags = flags | libc::O_CLOEXEC | libc::O_NOFOLLOW;
    // SAFETY: `path` is a valid C string; the descriptor returned is owned by the File.
    let fd = unsafe { libc::open(path.as_ptr(), flags, mode as libc::c_uint) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `fd` was just opened and nothing else owns it.
    Ok(unsafe { File::from_raw_fd(fd) })
}

/// What opening with `flags` needs: reading, writing or both.
fn need_for_flags(flags: i32) -> Need {
    let access = flags & libc::O_ACCMODE;
    let writes = access != libc::O_RDONLY || flags & (libc::O_CREAT | libc::O_TRUNC | libc::O_APPEND) != 0;
    let reads = access != libc::O_WRONLY;
    match (reads, writes) {
        (true, true) => Need::ReadWrite,
        (false, true) => Need::Write,
        _ => Need::Read,
    }
}

/// Checks and opens `given` with `flags`; `None` after throwing (syscall `open`).
fn open_checked(scope: &mut v8::PinScope<'_, '_>, given: &str, flags: i32, mode: u32) -> Option<File> {
    let resolved = checked(scope, need_for_flags(flags), "open", given, true)?;
    match open_host(&resolved, flags, mode) {
        Ok(file) => Some(file),
        Err(error) => {
            fail(scope, &error, "open", Some(given));
            None
        }
    }
}

/// `open(path, flags, mode)`: a new descriptor.
fn open(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let flags = args.get(1).int32_value(scope).unwrap_or(libc::O_RDONLY);
    let mode = args.get(2).uint32_value(scope).unwrap_or(0o666);
    let Some(file) = open_checked(scope, &given, flags, mode) else { return };
    let inserted = scope.get_slot_mut::<FdTable>().and_then(|table| table.insert(file));
    match inserted {
        Some(fd) => rv.set_int32(fd),
        None => SystemError { code: "EMFILE", errno: libc::EMFILE, syscall: "open", path: Some(&given) }.throw(scope),
    }
}

/// `close(fd)`.
fn close(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    let removed = scope.get_slot_mut::<FdTable>().and_then(|table| table.files.remove(&fd));
    if removed.is_none() {
        bad_fd(scope, "close");
    }
}

/// `read(fd, buffer, offset, length, position)`: bytes read into
/// `buffer[offset..offset + length]`, at `position` or the current position.
fn read(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    let offset = arg_usize(scope, &args, 2, 0);
    let length = arg_usize(scope, &args, 3, usize::MAX);
    let position = arg_position(scope, &args, 4);
    let Some(buffer) = view_slice(&args, 1) else { return not_a_buffer(scope) };
    let start = offset.min(buffer.len());
    let end = start.saturating_add(length).min(buffer.len());
    let target = &mut buffer[start..end];
    if fd == 0 {
        // The session's stdin belongs to the stdin actor; it is never read synchronously.
        SystemError { code: "EAGAIN", errno: libc::EAGAIN, syscall: "read", path: None }.throw(scope);
        return;
    }
    let result = with_file(scope, fd, |file| match position {
        Some(at) => file.read_at(target, at),
        None => file.read(target),
    });
    match result {
        None => bad_fd(scope, "read"),
        Some(Ok(count)) => rv.set_double(count as f64),
        Some(Err(error)) => fail(scope, &error, "read", None),
    }
}

/// Writes `bytes` to `fd` at `position` (or the current position); the standard
/// output and error descriptors go to the session's own streams.
fn write_bytes(scope: &mut v8::PinScope<'_, '_>, fd: i32, bytes: &[u8], position: Option<u64>) -> Option<usize> {
    let result = if fd == 1 || fd == 2 {
        let shared = state(scope);
        let mut session = shared.borrow_mut();
        let sink = if fd == 2 { &mut session.stderr } else { &mut session.stdout };
        Some(sink.write_all(bytes).map(|()| bytes.len()))
    } else {
        with_file(scope, fd, |file| match position {
            Some(at) => file.write_at(bytes, at),
            None => file.write(bytes),
        })
    };
    match result {
        None => {
            bad_fd(scope, "write");
            None
        }
        Some(Ok(count)) => Some(count),
        Some(Err(error)) => {
            fail(scope, &error, "write", None);
            None
        }
    }
}

/// `write(fd, buffer, offset, length, position)`: bytes written from
/// `buffer[offset..offset + length]`.
fn write(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    let offset = arg_usize(scope, &args, 2, 0);
    let length = arg_usize(scope, &args, 3, usize::MAX);
    let position = arg_position(scope, &args, 4);
    let Some(buffer) = view_slice(&args, 1) else { return not_a_buffer(scope) };
    let start = offset.min(buffer.len());
    let end = start.saturating_add(length).min(buffer.len());
    if let Some(count) = write_bytes(scope, fd, &buffer[start..end], position) {
        rv.set_double(count as f64);
    }
}

/// `writeString(fd, text, position)`: bytes written of `text` as UTF-8.
fn write_string(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    let text = arg_string(scope, &args, 1);
    let position = arg_position(scope, &args, 2);
    if let Some(count) = write_bytes(scope, fd, text.as_bytes(), position) {
        rv.set_double(count as f64);
    }
}

/// The most one whole-file read returns (Node's `kIoMaxLength`, 2 GiB - 1).
const MAX_WHOLE_READ: u64 = (1 << 31) - 1;

/// Why reading a whole file failed.
enum ReadError {
    Io(std::io::Error),
    /// The file holds more than [`MAX_WHOLE_READ`] bytes (its size, when known).
    TooLarge(u64),
}

/// Reads what is left of `file`, at most [`MAX_WHOLE_READ`] bytes.
fn read_rest(file: &mut File) -> Result<Vec<u8>, ReadError> {
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > MAX_WHOLE_READ {
        return Err(ReadError::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_WHOLE_READ + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_WHOLE_READ {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Throws a failed whole-file read: a `read` error without a path, as in Node, or
/// `ERR_FS_FILE_TOO_LARGE`.
fn fail_read(scope: &mut v8::PinScope<'_, '_>, error: ReadError) {
    match error {
        ReadError::Io(error) => fail(scope, &error, "read", None),
        ReadError::TooLarge(size) => {
            let message = format!("File size ({size}) is greater than 2 GiB");
            let text = v8::String::new(scope, &message).unwrap();
            let exception = v8::Exception::range_error(scope, text);
            super::set_code(scope, exception, "ERR_FS_FILE_TOO_LARGE");
            scope.throw_exception(exception);
        }
    }
}

/// Opens `given` with `flags` and reads it whole; `None` after throwing.
fn read_whole(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments) -> Option<Vec<u8>> {
    let given = arg_string(scope, args, 0);
    let flags = args.get(1).int32_value(scope).unwrap_or(libc::O_RDONLY);
    let mut file = open_checked(scope, &given, flags, 0o666)?;
    match read_rest(&mut file) {
        Ok(bytes) => Some(bytes),
        Err(error) => {
            fail_read(scope, error);
            None
        }
    }
}

/// `readFile(path, flags)`: the file's bytes as a `Uint8Array`.
fn read_file(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    if let Some(bytes) = read_whole(scope, &args) {
        rv.set(uint8_array(scope, bytes));
    }
}

/// `readFileUtf8(path, flags)`: the file's text (invalid UTF-8 becomes U+FFFD; a BOM
/// is kept, as in Node).
fn read_file_utf8(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    if let Some(bytes) = read_whole(scope, &args) {
        set_string(scope, &mut rv, &String::from_utf8_lossy(&bytes));
    }
}

/// `readFd(fd)`: the rest of open file `fd` as a `Uint8Array`.
fn read_fd(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    match with_file(scope, fd, read_rest) {
        None => bad_fd(scope, "read"),
        Some(Ok(bytes)) => rv.set(uint8_array(scope, bytes)),
        Some(Err(error)) => fail_read(scope, error),
    }
}

/// `writeFile(path, data, flags, mode)`: writes a string (as UTF-8) or the bytes of an
/// `ArrayBufferView` to the file opened with `flags` (truncating or appending).
fn write_file(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let flags = args.get(2).int32_value(scope).unwrap_or(libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC);
    let mode = args.get(3).uint32_value(scope).unwrap_or(0o666);
    let text = if args.get(1).is_array_buffer_view() { None } else { Some(arg_string(scope, &args, 1)) };
    let Some(mut file) = open_checked(scope, &given, flags, mode) else { return };
    let result = match &text {
        Some(text) => file.write_all(text.as_bytes()),
        None => file.write_all(view_slice(&args, 1).unwrap_or_default()),
    };
    if let Err(error) = result {
        fail(scope, &error, "write", None);
    }
}

// ---------------------------------------------------------------------------
// Metadata

/// Number of values in a stat array.
const STAT_FIELDS: usize = 18;

/// The stat array JavaScript turns into `fs.Stats`: dev, mode, nlink, uid, gid, rdev,
/// blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime and
/// birthtime.
fn stat_values(meta: &std::fs::Metadata) -> [f64; STAT_FIELDS] {
    let (birth_s, birth_ns) = match meta.created() {
        Ok(time) => match time.duration_since(std::time::UNIX_EPOCH) {
            Ok(since) => (since.as_secs() as f64, f64::from(since.subsec_nanos())),
            Err(before) => (-(before.duration().as_secs_f64().ceil()), 0.0),
        },
        Err(_) => (0.0, 0.0),
    };
    [
        meta.dev() as f64,
        f64::from(meta.mode()),
        meta.nlink() as f64,
        f64::from(meta.uid()),
        f64::from(meta.gid()),
        meta.rdev() as f64,
        meta.blksize() as f64,
        meta.ino() as f64,
        meta.size() as f64,
        meta.blocks() as f64,
        meta.atime() as f64,
        meta.atime_nsec() as f64,
        meta.mtime() as f64,
        meta.mtime_nsec() as f64,
        meta.ctime() as f64,
        meta.ctime_nsec() as f64,
        birth_s,
        birth_ns,
    ]
}

fn stat_array<'s>(scope: &mut v8::PinScope<'s, '_>, meta: &std::fs::Metadata) -> v8::Local<'s, v8::Value> {
    let bytes: Vec<u8> = stat_values(meta).iter().flat_map(|v| v.to_ne_bytes()).collect();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    v8::Float64Array::new(scope, buffer, 0, STAT_FIELDS).unwrap().into()
}

/// Shared by `stat` and `lstat`: `(path, throwIfNoEntry)`; with `throwIfNoEntry`
/// false, a missing entry returns undefined.
fn stat_path(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue, follow: bool) {
    let syscall = if follow { "stat" } else { "lstat" };
    let given = arg_string(scope, &args, 0);
    let Some(resolved) = checked(scope, Need::Read, syscall, &given, follow) else { return };
    let result = if follow { std::fs::metadata(&resolved) } else { std::fs::symlink_metadata(&resolved) };
    match result {
        Ok(meta) => rv.set(stat_array(scope, &meta)),
        Err(error) => {
            let missing = matches!(error.raw_os_error(), Some(libc::ENOENT) | Some(libc::ENOTDIR));
            if !(missing && args.get(1).is_false()) {
                fail(scope, &error, syscall, Some(&given));
            }
        }
    }
}

/// `stat(path, throwIfNoEntry)`: the stat array of what `path` leads to.
fn stat(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, rv: v8::ReturnValue) {
    stat_path(scope, args, rv, true);
}

/// `lstat(path, throwIfNoEntry)`: the stat array of `path` itself (a link is not
/// followed).
fn lstat(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, rv: v8::ReturnValue) {
    stat_path(scope, args, rv, false);
}

/// The stat array of a standard stream (0, 1, 2): the session's streams are pipes
/// of its own, so they look like a pipe owned by the session's user, made now.
fn stdio_stat_values() -> [f64; STAT_FIELDS] {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let (secs, nanos) = (now.as_secs() as f64, f64::from(now.subsec_nanos()));
    let mut values = [0.0; STAT_FIELDS];
    values[1] = f64::from(libc::S_IFIFO | 0o600);
    values[2] = 1.0;
    // The user and group a session reports (`process.getuid()`, credentials.js).
    values[3] = 1000.0;
    values[4] = 1000.0;
    values[6] = 4096.0;
    for time in 0..4 {
        values[10 + 2 * time] = secs;
        values[11 + 2 * time] = nanos;
    }
    values
}

/// `fstat(fd)`: the stat array of an open file.
fn fstat(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    if (0..FIRST_FD).contains(&fd) {
        let bytes: Vec<u8> = stdio_stat_values().iter().flat_map(|v| v.to_ne_bytes()).collect();
        let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
        let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
        rv.set(v8::Float64Array::new(scope, buffer, 0, STAT_FIELDS).unwrap().into());
        return;
    }
    match with_file(scope, fd, |file| file.metadata()) {
        None => bad_fd(scope, "fstat"),
        Some(Ok(meta)) => rv.set(stat_array(scope, &meta)),
        Some(Err(error)) => fail(scope, &error, "fstat", None),
    }
}

/// `statfs(path)`: what the file system holding `path` reports, as a `Float64Array`
/// of type, bsize, frsize, blocks, bfree, bavail, files and ffree. `path` must be
/// readable by the session.
fn statfs(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let Some(resolved) = checked(scope, Need::Read, "statfs", &given, true) else { return };
    let path = c_path(&resolved);
    // SAFETY: an all-zero `statfs` is a valid value of this plain C struct.
    let mut info: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: `path` is a valid C string and `info` a writable `statfs`.
    if let Err(error) = cvt(unsafe { libc::statfs(path.as_ptr(), &mut info) }) {
        return fail(scope, &error, "statfs", Some(&given));
    }
    let values = [
        info.f_type as f64,
        info.f_bsize as f64,
        info.f_frsize as f64,
        info.f_blocks as f64,
        info.f_bfree as f64,
        info.f_bavail as f64,
        info.f_files as f64,
        info.f_ffree as f64,
    ];
    let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_ne_bytes()).collect();
    let store = v8::ArrayBuffer::new_backing_store_from_vec(bytes).make_shared();
    let buffer = v8::ArrayBuffer::with_backing_store(scope, &store);
    rv.set(v8::Float64Array::new(scope, buffer, 0, values.len()).unwrap().into());
}

/// libuv's dirent type numbers (`UV_DIRENT_*`).
fn dirent_type(kind: std::fs::FileType) -> i32 {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_file() {
        1
    } else if kind.is_dir() {
        2
    } else if kind.is_symlink() {
        3
    } else if kind.is_fifo() {
        4
    } else if kind.is_socket() {
        5
    } else if kind.is_char_device() {
        6
    } else if kind.is_block_device() {
        7
    } else {
        0
    }
}

/// `readdir(path, withTypes, raw)`: the entry names sorted bytewise (as libuv's
/// scandir does), or `[names, types]` with `UV_DIRENT_*` type numbers. With `raw`,
/// names are `Uint8Array`s of their bytes (for encodings other than UTF-8).
fn readdir(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let with_types = args.get(1).is_true();
    let raw = args.get(2).is_true();
    let Some(resolved) = checked(scope, Need::Read, "scandir", &given, true) else { return };
    let listing = std::fs::read_dir(&resolved).and_then(|entries| {
        let mut out = Vec::new();
        for entry in entries {
            let entry = entry?;
            let kind = if with_types { entry.file_type().map(dirent_type).unwrap_or(0) } else { 0 };
            out.push((entry.file_name(), kind));
        }
        Ok(out)
    });
    let mut entries = match listing {
        Ok(entries) => entries,
        Err(error) => return fail(scope, &error, "scandir", Some(&given)),
    };
    entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let names: Vec<v8::Local<v8::Value>> = entries
        .iter()
        .map(|(name, _)| {
            if raw {
                uint8_array(scope, name.as_bytes().to_vec())
            } else {
                v8::String::new(scope, &name.to_string_lossy()).unwrap().into()
            }
        })
        .collect();
    let names = v8::Array::new_with_elements(scope, &names);
    if with_types {
        let types: Vec<v8::Local<v8::Value>> =
            entries.iter().map(|(_, kind)| v8::Integer::new(scope, *kind).into()).collect();
        let types = v8::Array::new_with_elements(scope, &types);
        rv.set(v8::Array::new_with_elements(scope, &[names.into(), types.into()]).into());
    } else {
        rv.set(names.into());
    }
}

// ---------------------------------------------------------------------------
// Creating and removing

/// `given` without its last `count` components (`a/b/c`, 1 → `a/b`).
fn strip_components(given: &str, count: usize) -> String {
    let mut text = given.trim_end_matches('/');
    for _ in 0..count {
        text = match text.rfind('/') {
            Some(0) => "/",
            Some(at) => text[..at].trim_end_matches('/'),
            None => ".",
        };
    }
    text.to_string()
}

/// `mkdir(path, recursive, mode)`: creates a directory. With `recursive`, returns the
/// first directory created, spelled as a prefix of `path` (undefined when none was).
fn mkdir(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let recursive = args.get(1).is_true();
    let mode = args.get(2).uint32_value(scope).unwrap_or(0o777);
    let above_a_root = {
        let resolved = resolve(scope, &given);
        state(scope).borrow().permissions.lies_above_a_root(&resolved)
    };
    if above_a_root && !recursive {
        // It exists (a root lies below it); creating it again is EEXIST, as on the host.
        return fail(scope, &std::io::Error::from_raw_os_error(libc::EEXIST), "mkdir", Some(&given));
    }
    if above_a_root {
        return;
    }
    let Some(resolved) = checked(scope, Need::Write, "mkdir", &given, true) else { return };
    if !Path::new(&given).is_absolute() {
        // A relative path starts at the cwd: once that is removed, nothing can be made
        // under it (the host says ENOENT; `recursive` would otherwise recreate it).
        let cwd = state(scope).borrow().cwd.clone();
        if std::fs::symlink_metadata(&cwd).is_err() {
            return fail(scope, &std::io::Error::from_raw_os_error(libc::ENOENT), "mkdir", Some(&given));
        }
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.mode(mode);
    if !recursive {
        if let Err(error) = builder.create(&resolved) {
            fail(scope, &error, "mkdir", Some(&given));
        }
        return;
    }
    // The missing directories, deepest first.
    let mut missing = Vec::new();
    let mut current = resolved.as_path();
    loop {
        match std::fs::symlink_metadata(current) {
            Ok(meta) if meta.is_dir() => break,
            Ok(_) => {
                let errno = if missing.is_empty() { libc::EEXIST } else { libc::ENOTDIR };
                return fail(scope, &std::io::Error::from_raw_os_error(errno), "mkdir", Some(&given));
            }
            Err(_) => missing.push(current.to_path_buf()),
        }
        match current.parent() {
            Some(parent) => current = parent,
            None => break,
        }
    }
    let Some(first) = missing.len().checked_sub(1) else { return };
    // Every directory created must lie in the write grant, not only the last one.
    let outside = {
        let shared = state(scope);
        let session = shared.borrow();
        missing.iter().any(|dir| !session.permissions.can_write(dir))
    };
    if outside {
        return SystemError::access_denied("mkdir", &given).throw(scope);
    }
    for dir in missing.iter().rev() {
        if let Err(error) = builder.create(dir) {
            if error.kind() != std::io::ErrorKind::AlreadyExists {
                return fail(scope, &error, "mkdir", Some(&given));
            }
        }
    }
    set_string(scope, &mut rv, &strip_components(&given, first));
}

/// A fresh random suffix for `mkdtemp` (six characters).
fn random_suffix(attempt: u32) -> String {
    use std::hash::{BuildHasher, Hasher};
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(attempt);
    let mut bits = hasher.finish();
    (0..6)
        .map(|_| {
            let c = CHARS[(bits % CHARS.len() as u64) as usize] as char;
            bits /= CHARS.len() as u64;
            c
        })
        .collect()
}

/// `mkdtemp(prefix)`: creates a directory named `prefix` plus six random characters
/// (mode 0700) and returns its name.
fn mkdtemp(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let prefix = arg_string(scope, &args, 0);
    let template = format!("{prefix}XXXXXX");
    let Some(_) = checked(scope, Need::Write, "mkdtemp", &template, false) else { return };
    let mut builder = std::fs::DirBuilder::new();
    builder.mode(0o700);
    for attempt in 0..100 {
        let name = format!("{prefix}{}", random_suffix(attempt));
        let target = resolve_leaf(scope, &name);
        match builder.create(&target) {
            Ok(()) => return set_string(scope, &mut rv, &name),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(error) => return fail(scope, &error, "mkdtemp", Some(&template)),
        }
    }
    fail(scope, &std::io::Error::from_raw_os_error(libc::EEXIST), "mkdtemp", Some(&template));
}

/// `rmdir(path)`: removes an empty directory.
fn rmdir(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let Some(resolved) = checked(scope, Need::Write, "rmdir", &given, false) else { return };
    if let Err(error) = std::fs::remove_dir(&resolved) {
        fail(scope, &error, "rmdir", Some(&given));
    }
}

/// `unlink(path)`: removes a file or link (never what a link points to).
fn unlink(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let Some(resolved) = checked(scope, Need::Write, "unlink", &given, false) else { return };
    if let Err(error) = std::fs::remove_file(&resolved) {
        fail(scope, &error, "unlink", Some(&given));
    }
}

/// `rm(path, recursive, force)`: removes a file, link or (with `recursive`) a whole
/// tree, never following links. Returns 1, having removed nothing, when `path` is a
/// directory and `recursive` is false (JavaScript throws `ERR_FS_EISDIR`); with
/// `force`, a missing path is no error.
fn rm(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let recursive = args.get(1).is_true();
    let force = args.get(2).is_true();
    let Some(resolved) = checked(scope, Need::Write, "rm", &given, false) else { return };
    let meta = match std::fs::symlink_metadata(&resolved) {
        Ok(meta) => meta,
        Err(error) if force && error.kind() == std::io::ErrorKind::NotFound => return rv.set_int32(0),
        Err(error) => return fail(scope, &error, "lstat", Some(&given)),
    };
    let result = if !meta.is_dir() {
        std::fs::remove_file(&resolved)
    } else if recursive {
        std::fs::remove_dir_all(&resolved)
    } else {
        return rv.set_int32(1);
    };
    match result {
        Ok(()) => rv.set_int32(0),
        Err(error) if force && error.kind() == std::io::ErrorKind::NotFound => rv.set_int32(0),
        Err(error) => fail(scope, &error, "rm", Some(&given)),
    }
}

/// Throws `ENOENT` for `syscall` naming `path`.
fn no_entry(scope: &mut v8::PinScope<'_, '_>, syscall: &str, path: &str) {
    SystemError { code: "ENOENT", errno: libc::ENOENT, syscall, path: Some(path) }.throw(scope);
}

/// Checks the two paths of a two-path operation; `None` after throwing. Errors name
/// the first path (JavaScript adds the second as `dest`).
fn checked_pair(
    scope: &mut v8::PinScope<'_, '_>,
    syscall: &str,
    (from, from_need, from_follow): (&str, Need, bool),
    (to, to_need, to_follow): (&str, Need, bool),
) -> Option<(PathBuf, PathBuf)> {
    let from_resolved = checked(scope, from_need, syscall, from, from_follow)?;
    if to.is_empty() {
        no_entry(scope, syscall, from);
        return None;
    }
    let to_resolved = if to_follow { resolve(scope, to) } else { resolve_leaf(scope, to) };
    allowed(scope, to_need, syscall, from, &to_resolved).then_some((from_resolved, to_resolved))
}

/// `rename(from, to)`: moves an entry (a link itself, not its target).
fn rename(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let from = arg_string(scope, &args, 0);
    let to = arg_string(scope, &args, 1);
    let Some((source, target)) =
        checked_pair(scope, "rename", (&from, Need::Write, false), (&to, Need::Write, false))
    else {
        return;
    };
    if let Err(error) = std::fs::rename(&source, &target) {
        fail(scope, &error, "rename", Some(&from));
    }
}

/// `copyFile(src, dest, mode)`: copies a file's contents and permissions; with
/// `COPYFILE_EXCL` (1) an existing `dest` is an error.
fn copy_file(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let from = arg_string(scope, &args, 0);
    let to = arg_string(scope, &args, 1);
    let exclusive = args.get(2).int32_value(scope).unwrap_or(0) & 1 != 0;
    let Some((source, target)) =
        checked_pair(scope, "copyfile", (&from, Need::Read, true), (&to, Need::Write, true))
    else {
        return;
    };
    let result = match std::fs::metadata(&source) {
        Err(error) => Err(error),
        Ok(meta) if meta.is_dir() => Err(std::io::Error::from_raw_os_error(libc::EISDIR)),
        Ok(_) if exclusive && std::fs::symlink_metadata(&target).is_ok() => {
            Err(std::io::Error::from_raw_os_error(libc::EEXIST))
        }
        Ok(_) => std::fs::copy(&source, &target).map(|_| ()),
    };
    if let Err(error) = result {
        fail(scope, &error, "copyfile", Some(&from));
    }
}

/// `link(existing, new)`: a hard link. Both must be writable: a link into a writable
/// tree would otherwise open a read-only file for writing.
fn link(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let from = arg_string(scope, &args, 0);
    let to = arg_string(scope, &args, 1);
    let Some((source, target)) =
        checked_pair(scope, "link", (&from, Need::Write, false), (&to, Need::Write, false))
    else {
        return;
    };
    if let Err(error) = std::fs::hard_link(&source, &target) {
        fail(scope, &error, "link", Some(&from));
    }
}

/// `symlink(target, path)`: creates link `path` holding the text `target`. Following
/// the link later is checked where it leads.
fn symlink(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let target = arg_string(scope, &args, 0);
    let given = arg_string(scope, &args, 1);
    if given.is_empty() {
        return no_entry(scope, "symlink", &target);
    }
    let resolved = resolve_leaf(scope, &given);
    if !allowed(scope, Need::Write, "symlink", &target, &resolved) {
        return;
    }
    if let Err(error) = std::os::unix::fs::symlink(&target, &resolved) {
        fail(scope, &error, "symlink", Some(&target));
    }
}

/// `readlink(path)`: the text of a link.
fn readlink(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let Some(resolved) = checked(scope, Need::Read, "readlink", &given, false) else { return };
    match std::fs::read_link(&resolved) {
        Ok(text) => set_path(scope, &mut rv, &text),
        Err(error) => fail(scope, &error, "readlink", Some(&given)),
    }
}

/// `realpath(path, native)`: the canonical path. A missing entry is reported as
/// `realpath` of `path` when `native`, else (like Node's JavaScript realpath) as
/// `lstat` of the first missing absolute prefix.
fn realpath(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let native = args.get(1).is_true();
    let syscall = if native { "realpath" } else { "lstat" };
    let Some(_) = checked(scope, Need::Read, syscall, &given, true) else { return };
    let absolute = absolute(scope, &given);
    match std::fs::canonicalize(&absolute) {
        Ok(real) => set_path(scope, &mut rv, &real),
        Err(error) if native => fail(scope, &error, "realpath", Some(&given)),
        Err(error) => {
            let mut prefix = PathBuf::new();
            for component in absolute.components() {
                prefix.push(component);
                if let Err(missing) = std::fs::symlink_metadata(&prefix) {
                    let shown = prefix.to_string_lossy().into_owned();
                    return fail(scope, &missing, "lstat", Some(&shown));
                }
            }
            fail(scope, &error, "lstat", Some(&given));
        }
    }
}

/// `access(path, mode)`: throws unless `path` exists and allows `mode` (`R_OK` 4,
/// `W_OK` 2, `X_OK` 1). Write access also needs the session's write grant.
fn access(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let mode = args.get(1).int32_value(scope).unwrap_or(libc::F_OK);
    let need = if mode & libc::W_OK != 0 { Need::ReadWrite } else { Need::Read };
    let Some(resolved) = checked(scope, need, "access", &given, true) else { return };
    let path = c_path(&resolved);
    // SAFETY: `path` is a valid C string.
    if let Err(error) = cvt(unsafe { libc::access(path.as_ptr(), mode) }) {
        fail(scope, &error, "access", Some(&given));
    }
}

// ---------------------------------------------------------------------------
// Changing files

/// `truncate(path, length)`.
fn truncate(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let length = arg_usize(scope, &args, 1, 0) as u64;
    let Some(resolved) = checked(scope, Need::Write, "open", &given, true) else { return };
    let file = match std::fs::OpenOptions::new().write(true).open(&resolved) {
        Ok(file) => file,
        Err(error) => return fail(scope, &error, "open", Some(&given)),
    };
    if let Err(error) = file.set_len(length) {
        fail(scope, &error, "ftruncate", None);
    }
}

/// `ftruncate(fd, length)`.
fn ftruncate(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    let length = arg_usize(scope, &args, 1, 0) as u64;
    match with_file(scope, fd, |file| file.set_len(length)) {
        None => bad_fd(scope, "ftruncate"),
        Some(Ok(())) => {}
        Some(Err(error)) => fail(scope, &error, "ftruncate", None),
    }
}

/// `fsync(fd, dataOnly)`: flushes a file to its device.
fn fsync(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    let data_only = args.get(1).is_true();
    let syscall = if data_only { "fdatasync" } else { "fsync" };
    let result = with_file(scope, fd, |file| if data_only { file.sync_data() } else { file.sync_all() });
    match result {
        None => bad_fd(scope, syscall),
        Some(Ok(())) => {}
        Some(Err(error)) => fail(scope, &error, syscall, None),
    }
}

/// Seconds since the epoch (fractional) as a `timespec`.
fn timespec(seconds: f64) -> libc::timespec {
    let whole = seconds.floor();
    libc::timespec { tv_sec: whole as libc::time_t, tv_nsec: ((seconds - whole) * 1e9) as libc::c_long }
}

fn arg_times(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments) -> [libc::timespec; 2] {
    let atime = args.get(1).number_value(scope).unwrap_or(0.0);
    let mtime = args.get(2).number_value(scope).unwrap_or(0.0);
    [timespec(atime), timespec(mtime)]
}

fn utimes_path(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, follow: bool) {
    let syscall = if follow { "utime" } else { "lutime" };
    let given = arg_string(scope, &args, 0);
    let times = arg_times(scope, &args);
    let Some(resolved) = checked(scope, Need::Write, syscall, &given, follow) else { return };
    let path = c_path(&resolved);
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is a valid C string and `times` holds two timespecs.
    if let Err(error) = cvt(unsafe { libc::utimensat(libc::AT_FDCWD, path.as_ptr(), times.as_ptr(), flags) }) {
        fail(scope, &error, syscall, Some(&given));
    }
}

/// `utimes(path, atime, mtime)`: sets the access and modification times (seconds).
fn utimes(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    utimes_path(scope, args, true);
}

/// `lutimes(path, atime, mtime)`: as `utimes`, on a link itself.
fn lutimes(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    utimes_path(scope, args, false);
}

/// `futimes(fd, atime, mtime)`.
fn futimes(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    use std::os::unix::io::AsRawFd;
    let fd = arg_fd(scope, &args, 0);
    let times = arg_times(scope, &args);
    // SAFETY: the descriptor is open (owned by the table) and `times` holds two timespecs.
    let result = with_file(scope, fd, |file| cvt(unsafe { libc::futimens(file.as_raw_fd(), times.as_ptr()) }));
    match result {
        None => bad_fd(scope, "futime"),
        Some(Ok(())) => {}
        Some(Err(error)) => fail(scope, &error, "futime", None),
    }
}

/// The permission bits a session may set: set-user-ID and set-group-ID are dropped,
/// so nothing a session writes can run with another user's rights on the host.
fn allowed_mode(mode: u32) -> u32 {
    mode & 0o1777
}

/// `chmod(path, mode)`: within the writable trees only.
fn chmod(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let given = arg_string(scope, &args, 0);
    let mode = allowed_mode(args.get(1).uint32_value(scope).unwrap_or(0));
    let Some(resolved) = checked(scope, Need::Write, "chmod", &given, true) else { return };
    if let Err(error) = std::fs::set_permissions(&resolved, std::fs::Permissions::from_mode(mode)) {
        fail(scope, &error, "chmod", Some(&given));
    }
}

/// `fchmod(fd, mode)`.
fn fchmod(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    let mode = allowed_mode(args.get(1).uint32_value(scope).unwrap_or(0));
    match with_file(scope, fd, |file| file.set_permissions(std::fs::Permissions::from_mode(mode))) {
        None => bad_fd(scope, "fchmod"),
        Some(Ok(())) => {}
        Some(Err(error)) => fail(scope, &error, "fchmod", None),
    }
}

fn arg_ids(scope: &mut v8::PinScope<'_, '_>, args: &v8::FunctionCallbackArguments) -> (Option<u32>, Option<u32>) {
    let id = |scope: &mut v8::PinScope<'_, '_>, value: v8::Local<v8::Value>| {
        value.integer_value(scope).filter(|&n| (0..=u32::MAX as i64 - 1).contains(&n)).map(|n| n as u32)
    };
    let uid = id(scope, args.get(1));
    let gid = id(scope, args.get(2));
    (uid, gid)
}

fn chown_path(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, follow: bool) {
    let syscall = if follow { "chown" } else { "lchown" };
    let given = arg_string(scope, &args, 0);
    let (uid, gid) = arg_ids(scope, &args);
    let Some(resolved) = checked(scope, Need::Write, syscall, &given, follow) else { return };
    let result = if follow {
        std::os::unix::fs::chown(&resolved, uid, gid)
    } else {
        std::os::unix::fs::lchown(&resolved, uid, gid)
    };
    if let Err(error) = result {
        fail(scope, &error, syscall, Some(&given));
    }
}

/// `chown(path, uid, gid)`: within the writable trees only (-1 leaves an id as is).
fn chown(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    chown_path(scope, args, true);
}

/// `lchown(path, uid, gid)`: as `chown`, on a link itself.
fn lchown(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    chown_path(scope, args, false);
}

/// `fchown(fd, uid, gid)`.
fn fchown(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let fd = arg_fd(scope, &args, 0);
    let (uid, gid) = arg_ids(scope, &args);
    match with_file(scope, fd, |file| std::os::unix::fs::fchown(&*file, uid, gid)) {
        None => bad_fd(scope, "fchown"),
        Some(Ok(())) => {}
        Some(Err(error)) => fail(scope, &error, "fchown", None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptors_start_at_three_and_reuse_the_lowest_free() {
        let mut table = FdTable::default();
        let file = || File::open("/dev/null").unwrap();
        assert_eq!(table.insert(file()), Some(3));
        assert_eq!(table.insert(file()), Some(4));
        assert_eq!(table.insert(file()), Some(5));
        table.files.remove(&4);
        assert_eq!(table.insert(file()), Some(4));
        assert_eq!(table.insert(file()), Some(6));
    }

    #[test]
    fn strip_components_keeps_the_given_spelling() {
        assert_eq!(strip_components("m1/m2/m3/m4", 1), "m1/m2/m3");
        assert_eq!(strip_components("./m1/../m5/m6", 1), "./m1/../m5");
        assert_eq!(strip_components("/tmp/a/b/", 1), "/tmp/a");
        assert_eq!(strip_components("a", 1), ".");
        assert_eq!(strip_components("/a", 1), "/");
        assert_eq!(strip_components("a/b", 0), "a/b");
    }

    #[test]
    fn open_flags_decide_what_is_checked() {
        assert!(need_for_flags(libc::O_RDONLY) == Need::Read);
        assert!(need_for_flags(libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC) == Need::Write);
        assert!(need_for_flags(libc::O_RDWR) == Need::ReadWrite);
        assert!(need_for_flags(libc::O_RDONLY | libc::O_CREAT) == Need::ReadWrite);
    }
}
