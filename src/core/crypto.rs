//! The data key and the envelope around every secret value.
//!
//! A random 32-byte data key encrypts values with XChaCha20-Poly1305 (fresh 24-byte nonce
//! each, caller-chosen associated data so a ciphertext moved elsewhere no longer opens).
//! The data key itself is stored only wrapped by age to the X25519 identity in
//! `identity.txt`. Key material and plaintext live in `Zeroizing` buffers and never reach
//! an error message.

use std::path::Path;

use age::secrecy::ExposeSecret;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use zeroize::Zeroizing;

use crate::core::error::{Error, Result};

pub const NONCE_LEN: usize = 24;

/// The 32-byte key that encrypts secret values. Zeroed when dropped.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    pub fn generate() -> DataKey {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        DataKey(key)
    }

    /// Encrypts `plaintext`; returns `(nonce, ciphertext)`.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<([u8; NONCE_LEN], Vec<u8>)> {
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let ciphertext = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| Error::failure("encryption failed"))?;
        Ok((nonce, ciphertext))
    }

    /// Decrypts; `None` when the ciphertext, nonce or associated data do not match.
    pub fn open(&self, aad: &[u8], nonce: &[u8], ciphertext: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        if nonce.len() != NONCE_LEN {
            return None;
        }
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad,
                },
            )
            .ok()
            .map(Zeroizing::new)
    }

    /// The key encrypted (age, X25519) to `recipient`, for storing.
    pub fn wrap(&self, recipient: &age::x25519::Recipient) -> Result<Vec<u8>> {
        age::encrypt(recipient, self.0.as_ref())
            .map_err(|e| Error::failure(format!("cannot wrap the data key: {e}")))
    }

    pub fn unwrap(wrapped: &[u8], identity: &Identity) -> Result<DataKey> {
        let cannot = || {
            Error::failure(format!("cannot open the data key with `{}`", identity.source))
                .with_hint("this identity is not the one the state file was set up with; pass the right one with `--identity` or `META_IDENTITY`")
        };
        let plain = Zeroizing::new(age::decrypt(&identity.inner, wrapped).map_err(|_| cannot())?);
        let bytes: [u8; 32] = plain.as_slice().try_into().map_err(|_| cannot())?;
        Ok(DataKey(Zeroizing::new(bytes)))
    }
}

/// An age X25519 identity and where it came from (for messages; never the key itself).
pub struct Identity {
    inner: age::x25519::Identity,
    source: String,
}

impl Identity {
    pub fn generate(source: &Path) -> Identity {
        Identity {
            inner: age::x25519::Identity::generate(),
            source: source.display().to_string(),
        }
    }

    pub fn recipient(&self) -> age::x25519::Recipient {
        self.inner.to_public()
    }

    pub fn inner(&self) -> &age::x25519::Identity {
        &self.inner
    }

    /// The file text `age-keygen` would write, so `age -d -i` accepts it too.
    pub fn to_file_text(&self, created: &str) -> Zeroizing<String> {
        Zeroizing::new(format!(
            "# created: {created}\n# public key: {}\n{}\n",
            self.recipient(),
            self.inner.to_string().expose_secret()
        ))
    }

    /// Reads the first X25519 identity of an age identity file. A file other users can
    /// write is refused (see [`check_identity`]).
    pub fn load(path: &Path) -> Result<Identity> {
        check_identity(path)?;
        let text = Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
            Error::failure(format!(
                "cannot open the data key with `{}`: {}",
                path.display(),
                io_reason(&e)
            ))
            .with_hint("run `meta init`, or pass the identity with `--identity` or `META_IDENTITY`")
        })?);
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with("AGE-SECRET-KEY-"))
            .ok_or_else(|| {
                Error::failure(format!(
                    "cannot open the data key with `{}`: it holds no age X25519 identity",
                    path.display()
                ))
            })?;
        let inner = line.parse::<age::x25519::Identity>().map_err(|_| {
            Error::failure(format!(
                "cannot open the data key with `{}`: its identity line is malformed",
                path.display()
            ))
        })?;
        Ok(Identity {
            inner,
            source: path.display().to_string(),
        })
    }
}

/// Refuses an identity file that users other than its owner can write: whoever replaced
/// it would have the next data key (`init`, `secret rotate-key`) wrapped to their own key.
/// One they can read is a warning, returned for the front end to show.
pub fn check_identity(path: &Path) -> Result<Option<String>> {
    crate::core::state::check_private(path, "the identity file", crate::core::state::Private::File)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Opens the current data key of the state file with the identity at `identity`.
/// Returns the key's generation with it.
pub fn load_data_key(tx: &crate::core::state::Tx, identity: &Path) -> Result<(i64, DataKey)> {
    let wrapped = tx.key_current()?.ok_or_else(|| {
        Error::failure("the state file has no data key yet").with_hint("run `meta init`")
    })?;
    let identity = Identity::load(identity)?;
    Ok((
        wrapped.generation,
        DataKey::unwrap(&wrapped.wrapped, &identity)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_aad_binds() {
        let key = DataKey::generate();
        let (nonce, ct) = key.seal(b"a/b:1", b"hunter2").unwrap();
        assert_eq!(
            key.open(b"a/b:1", &nonce, &ct).unwrap().as_slice(),
            b"hunter2"
        );
        assert!(key.open(b"a/c:1", &nonce, &ct).is_none());
        assert!(DataKey::generate().open(b"a/b:1", &nonce, &ct).is_none());
    }

    #[test]
    fn wrap_unwrap_needs_the_same_identity() {
        let dir = tempfile::tempdir().unwrap();
        let id = Identity::generate(&dir.path().join("id"));
        let key = DataKey::generate();
        let wrapped = key.wrap(&id.recipient()).unwrap();
        let back = DataKey::unwrap(&wrapped, &id).unwrap();
        assert_eq!(back.0.as_ref(), key.0.as_ref());
        let other = Identity::generate(&dir.path().join("other"));
        let err = DataKey::unwrap(&wrapped, &other).err().unwrap();
        assert!(err.message.starts_with("cannot open the data key with"));
    }

    #[test]
    fn identity_file_text_loads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("identity.txt");
        let id = Identity::generate(&path);
        std::fs::write(&path, id.to_file_text("now").as_bytes()).unwrap();
        let loaded = Identity::load(&path).unwrap();
        assert_eq!(loaded.recipient().to_string(), id.recipient().to_string());
    }
}
