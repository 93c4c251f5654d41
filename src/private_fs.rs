//! Directories that hold secrets (the store, the session token, the key file, the embedded
//! cache) are 0700 whatever the umask says.

use std::fs;
use std::io;
use std::path::Path;

/// Creates `dir` and any missing parents with mode 0700 (mkdir's mode is only ever narrowed by
/// the umask, never widened). Directories that already exist are left as they are: a user's
/// `DATABASE_URL=sqlite:///srv/shared/jirahub.db` must not change `/srv/shared`.
pub fn create_dirs_private(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir)
    }
}

/// Like [`create_dirs_private`], and then narrows `dir` itself to 0700 if it already existed
/// wider (an earlier version, or a umask of 000). Only for jirahub's own directories
/// (`…/jirahub` under the XDG base directories), never for a path the user named.
pub fn own_private_dir(dir: &Path) -> io::Result<()> {
    create_dirs_private(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
        if mode != 0o700 {
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
        }
    }
    Ok(())
}

/// Opens `path` for reading and writing, creating it with mode 0600 if it is missing (an
/// existing file keeps its contents and mode).
pub fn open_private_file(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).expect("stat").permissions().mode() & 0o777
    }

    #[test]
    fn new_directories_are_0700_and_existing_ones_are_left_alone() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let shared = tmp.path().join("shared");
        fs::create_dir(&shared).expect("mkdir");
        fs::set_permissions(&shared, fs::Permissions::from_mode(0o755)).expect("chmod");
        let deep = shared.join("a/b/c");
        create_dirs_private(&deep).expect("create");
        assert_eq!(mode(&deep), 0o700);
        assert_eq!(mode(&shared.join("a")), 0o700);
        assert_eq!(mode(&shared), 0o755, "an existing directory was changed");
    }

    #[test]
    fn jirahubs_own_directory_is_narrowed_to_0700() {
        let tmp = tempfile::tempdir().expect("temp dir");
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
        let own = tmp.path().join("jirahub");
        own_private_dir(&own).expect("create");
        assert_eq!(mode(&own), 0o700);
        fs::set_permissions(&own, fs::Permissions::from_mode(0o777)).expect("chmod");
        own_private_dir(&own).expect("again");
        assert_eq!(mode(&own), 0o700);
        assert_eq!(mode(tmp.path()), 0o755, "the parent is not narrowed");
    }
}
