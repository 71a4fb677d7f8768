//! The data key and the envelope around every secret value.
//!
//! A random 32-byte data key encrypts values with XChaCha20-Poly1305 (fresh 24-byte nonce
//! each, caller-chosen associated data so a ciphertext moved elsewhere no longer opens).
//! The data key itself is stored only wrapped by age to the X25519 identity in
//! `identity.txt`. Key material and plaintext live in `Zeroizing` buffers and never reach
//! an error message.
//!
//! Keys derived from the identity (HKDF-SHA256, one per purpose) key the audit chain and
//! prove each data-key generation. They come from the identity rather than the data key
//! because `secret rotate-key` drops old data keys: the chain must stay verifiable, and a
//! generation's proof checkable, across rotations; and the identity is what an attacker
//! who can write the state file lacks (the public recipient is enough to wrap a key).

use std::path::Path;

use age::secrecy::ExposeSecret;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use zeroize::Zeroizing;

use crate::core::error::{Error, Result};
use crate::core::state::audit_chain::{self, ChainKey};
use crate::core::state::State;

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

/// A 32-byte key derived from the identity for one purpose (HKDF-SHA256 over the
/// identity's secret, with the purpose as `info`), so no two uses share a key and none is
/// the identity itself. Zeroed when dropped.
#[derive(Clone)]
pub struct DerivedKey(Zeroizing<[u8; 32]>);

/// The purpose of the key that keys the audit chain and its head.
pub const AUDIT_PURPOSE: &str = "meta audit chain v1";
/// The purpose of the key that proves a data-key generation was made by the identity.
pub const KEY_PROOF_PURPOSE: &str = "meta data-key generation proof v1";

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

impl DerivedKey {
    /// HMAC-SHA256 of `parts` (each length-prefixed, so no two lists of parts collide).
    pub fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        use hmac::Mac;
        let mut mac = <HmacSha256 as hmac::Mac>::new_from_slice(self.0.as_ref())
            .expect("HMAC takes any key length");
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }

    /// Whether `tag` is the MAC of `parts`, compared in constant time.
    pub fn check(&self, parts: &[&[u8]], tag: &[u8]) -> bool {
        use hmac::Mac;
        let mut mac = <HmacSha256 as hmac::Mac>::new_from_slice(self.0.as_ref())
            .expect("HMAC takes any key length");
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.verify_slice(tag).is_ok()
    }

    #[cfg(test)]
    pub fn for_tests(byte: u8) -> DerivedKey {
        DerivedKey(Zeroizing::new([byte; 32]))
    }
}

/// The proof stored with a data-key generation: a MAC, with a key only the identity
/// yields, over the generation number and the wrapped key.
pub fn generation_proof(identity: &Identity, generation: i64, wrapped: &[u8]) -> Vec<u8> {
    identity
        .derive(KEY_PROOF_PURPOSE)
        .mac(&[b"generation", &generation.to_be_bytes(), wrapped])
        .to_vec()
}

/// Refuses a data-key generation whose proof is missing or was not made with `identity`:
/// anyone who knows the public recipient can wrap a key, only the identity can prove it.
pub fn check_generation(
    identity: &Identity,
    generation: i64,
    wrapped: &[u8],
    proof: Option<&[u8]>,
) -> Result<()> {
    let key = identity.derive(KEY_PROOF_PURPOSE);
    let ok =
        proof.is_some_and(|p| key.check(&[b"generation", &generation.to_be_bytes(), wrapped], p));
    if ok {
        return Ok(());
    }
    Err(Error::failure(format!(
        "data key generation {generation} was not made with this identity: nothing is sealed or opened under it"
    ))
    .with_hint("someone who can write the state file added a key of their own; remove that generation (or restore the state file from a backup) and make new keys only with `meta secret rotate-key`"))
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

    /// Where the identity was read from (for messages).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The key for `purpose`, derived from the identity's secret.
    pub fn derive(&self, purpose: &str) -> DerivedKey {
        let secret = self.inner.to_string();
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(
            Some(b"meta identity-derived key"),
            secret.expose_secret().as_bytes(),
        );
        let mut out = Zeroizing::new([0u8; 32]);
        hk.expand(purpose.as_bytes(), out.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 length");
        DerivedKey(out)
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
    let key = DataKey::unwrap(&wrapped.wrapped, &identity)?;
    check_generation(
        &identity,
        wrapped.generation,
        &wrapped.wrapped,
        wrapped.proof.as_deref(),
    )?;
    Ok((wrapped.generation, key))
}

/// The key of the audit chain for a state file opened with `identity` (its path when it
/// cannot be read): keyed when the identity is the one the state file was set up with.
/// A state file migrated from before keying is adopted here, once, by the first command
/// that has its identity: its generations get their proofs and its log a keyed head.
pub fn chain_key(state: &mut State, identity_path: &Path) -> Result<ChainKey> {
    let identity = match Identity::load(identity_path) {
        Ok(id) => id,
        Err(_) => {
            return Ok(ChainKey::Missing(format!(
                "the identity `{}` cannot be read",
                identity_path.display()
            )))
        }
    };
    let key = identity.derive(AUDIT_PURPOSE);
    let (mark, keys) = state.read(|tx| Ok((tx.key_legacy_mark()?, tx.key_list()?)))?;
    if let Some(mark) = mark {
        if !adopt(state, &identity, &key, mark, &keys)? {
            return Ok(ChainKey::Missing(format!(
                "the identity `{}` is not the one this state file was set up with",
                identity.source
            )));
        }
        return Ok(ChainKey::Keyed(key));
    }
    let proven = keys.iter().filter(|k| k.proof.is_some()).count();
    let ours = keys
        .iter()
        .any(|k| check_generation(&identity, k.generation, &k.wrapped, k.proof.as_deref()).is_ok());
    if proven == 0 || ours {
        Ok(ChainKey::Keyed(key))
    } else {
        Ok(ChainKey::Missing(format!(
            "the identity `{}` is not the one this state file was set up with",
            identity.source
        )))
    }
}

/// Adopts a state file from before keying: proves the generations that existed then (once
/// the identity opens them) and MACs the head of the log as it stands. Refuses to adopt
/// a state file that already shows keying (a proof, a keyed entry or a keyed head): a
/// mark planted there is ignored.
fn adopt(
    state: &mut State,
    identity: &Identity,
    key: &DerivedKey,
    mark: i64,
    keys: &[crate::core::state::WrappedKey],
) -> Result<bool> {
    let legacy = keys.iter().all(|k| k.proof.is_none());
    let opens = keys
        .iter()
        .filter(|k| k.generation <= mark)
        .all(|k| DataKey::unwrap(&k.wrapped, identity).is_ok());
    if legacy && !opens {
        // Not this state file's identity: leave the adoption to the right one.
        return Ok(false);
    }
    state.write_unaudited(|tx| {
        let keyed_log = tx
            .audit_last()?
            .is_some_and(|r| r.hash.starts_with(audit_chain::KEYED_PREFIX))
            || tx.setting_get(audit_chain::HEAD_MAC_KEY)?.is_some();
        if legacy && !keyed_log {
            for k in tx.key_unproven_through(mark)? {
                tx.key_set_proof(
                    k.generation,
                    &generation_proof(identity, k.generation, &k.wrapped),
                )?;
            }
            let (seq, hash) = tx
                .audit_last()?
                .map(|r| (r.seq, r.hash))
                .unwrap_or((0, audit_chain::GENESIS.to_string()));
            audit_chain::put_head_mac(tx, key, seq, &hash)?;
        }
        tx.key_clear_legacy_mark()
    })?;
    Ok(true)
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
