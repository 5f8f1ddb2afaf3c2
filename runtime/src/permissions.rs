//! What a session may touch on the host.
//!
//! A [`Permissions`] value is fixed when the session starts and is consulted by every
//! operation that reaches the host: reading and writing files (including module
//! loading) and reading the environment. Paths are compared after they have been made
//! absolute and had their symlinks resolved, so `..` and links cannot widen a grant.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// A set of filesystem roots: nothing, a list of directory trees, or everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathGrant {
    /// No path is granted.
    None,
    /// Exactly these trees (each root and everything below it).
    Roots(Vec<PathBuf>),
    /// Every path on the host.
    All,
}

impl PathGrant {
    /// Whether `path` (absolute, already canonical) lies inside the grant.
    pub fn allows(&self, path: &Path) -> bool {
        match self {
            PathGrant::None => false,
            PathGrant::All => true,
            PathGrant::Roots(roots) => roots.iter().any(|root| path.starts_with(root)),
        }
    }

    /// Adds roots to the grant (a no-op when everything is already granted).
    pub fn extend(&mut self, more: impl IntoIterator<Item = PathBuf>) {
        match self {
            PathGrant::All => {}
            PathGrant::None => {
                let roots: Vec<PathBuf> = more.into_iter().collect();
                if !roots.is_empty() {
                    *self = PathGrant::Roots(roots);
                }
            }
            PathGrant::Roots(roots) => roots.extend(more),
        }
    }
}

/// Which host environment variables a session sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvGrant {
    /// Only the variables given explicitly to the session.
    None,
    /// These names are passed through from the host environment (when set there).
    Names(Vec<String>),
    /// The whole host environment is passed through.
    All,
}

/// The permissions of one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permissions {
    /// Trees the session may read (files, directories, modules).
    pub read: PathGrant,
    /// Trees the session may create, change or remove files in.
    pub write: PathGrant,
    /// Host environment variables the session may see.
    pub env: EnvGrant,
}

impl Default for Permissions {
    /// Nothing at all: no reads, no writes, no host environment.
    fn default() -> Self {
        Permissions { read: PathGrant::None, write: PathGrant::None, env: EnvGrant::None }
    }
}

impl Permissions {
    /// Everything: read and write anywhere and see the whole host environment
    /// (`--allow-all`). Host processes remain out of reach: corral has none to give.
    pub fn allow_all() -> Self {
        Permissions { read: PathGrant::All, write: PathGrant::All, env: EnvGrant::All }
    }

    /// Whether the session may read `path` (absolute and canonical).
    pub fn can_read(&self, path: &Path) -> bool {
        self.read.allows(path)
    }

    /// Whether the session may write `path` (absolute and canonical).
    pub fn can_write(&self, path: &Path) -> bool {
        self.write.allows(path)
    }

    /// Whether `path` is a strict ancestor of a granted root. Such a directory must
    /// exist for the grant to mean anything, so saying that it is a directory reveals
    /// nothing: tools that walk up from a root (`existsSync`, `mkdir -p`) see it.
    pub fn lies_above_a_root(&self, path: &Path) -> bool {
        let above = |grant: &PathGrant| match grant {
            PathGrant::Roots(roots) => roots.iter().any(|root| root != path && root.starts_with(path)),
            _ => false,
        };
        above(&self.read) || above(&self.write)
    }

    /// The environment a session starts with: the host variables its grant passes
    /// through, then the explicit ones (which win).
    pub fn session_env(
        &self,
        host: impl IntoIterator<Item = (String, String)>,
        explicit: &BTreeMap<String, String>,
    ) -> BTreeMap<String, String> {
        let mut env: BTreeMap<String, String> = match &self.env {
            EnvGrant::None => BTreeMap::new(),
            EnvGrant::All => host.into_iter().collect(),
            EnvGrant::Names(names) => {
                host.into_iter().filter(|(name, _)| names.iter().any(|n| n == name)).collect()
            }
        };
        env.extend(explicit.iter().map(|(k, v)| (k.clone(), v.clone())));
        env
    }
}

/// Makes `path` absolute against `base` and removes `.` and `..` lexically.
///
/// This is the form a permission root is stored in before symlinks are resolved.
pub fn absolutize(base: &Path, path: &Path) -> PathBuf {
    let joined = if path.is_absolute() { path.to_path_buf() } else { base.join(path) };
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Resolves a path the way the kernel would, following every symlink; for a path that
/// does not exist yet, the longest existing ancestor is resolved and the rest appended.
///
/// Permission checks compare this form, so a link pointing out of a root is judged by
/// where it points.
pub fn resolve_on_host(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let mut missing = Vec::new();
    let mut current = path.to_path_buf();
    loop {
        match current.file_name() {
            Some(name) => missing.push(name.to_os_string()),
            None => return path.to_path_buf(),
        }
        if !current.pop() {
            return path.to_path_buf();
        }
        if let Ok(real) = std::fs::canonicalize(&current) {
            let mut out = real;
            for part in missing.iter().rev() {
                out.push(part);
            }
            return out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_allow_their_subtrees_only() {
        let grant = PathGrant::Roots(vec![PathBuf::from("/a/b")]);
        assert!(grant.allows(Path::new("/a/b")));
        assert!(grant.allows(Path::new("/a/b/c/d")));
        assert!(!grant.allows(Path::new("/a/bc")));
        assert!(!grant.allows(Path::new("/a")));
    }

    #[test]
    fn ancestors_of_roots_are_known_to_exist() {
        let perms = Permissions { write: PathGrant::Roots(vec![PathBuf::from("/a/b/c")]), ..Default::default() };
        assert!(perms.lies_above_a_root(Path::new("/a")));
        assert!(perms.lies_above_a_root(Path::new("/a/b")));
        assert!(!perms.lies_above_a_root(Path::new("/a/b/c")));
        assert!(!perms.lies_above_a_root(Path::new("/a/x")));
    }

    #[test]
    fn absolutize_removes_dot_segments() {
        assert_eq!(absolutize(Path::new("/x/y"), Path::new("../z/./w")), PathBuf::from("/x/z/w"));
        assert_eq!(absolutize(Path::new("/x"), Path::new("/../../etc")), PathBuf::from("/etc"));
    }

    #[test]
    fn env_grant_filters_host_and_explicit_wins() {
        let perms = Permissions { env: EnvGrant::Names(vec!["HOME".into()]), ..Default::default() };
        let host = vec![("HOME".to_string(), "/h".to_string()), ("PATH".to_string(), "/bin".to_string())];
        let mut explicit = BTreeMap::new();
        explicit.insert("MODE".to_string(), "x".to_string());
        let env = perms.session_env(host, &explicit);
        assert_eq!(env.len(), 2);
        assert_eq!(env["HOME"], "/h");
        assert_eq!(env["MODE"], "x");
    }
}
