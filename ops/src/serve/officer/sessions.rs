//! Officer sessions: a login opens a session named by a random bearer token (32 bytes, 64 hex
//! characters) that expires a fixed time after it was opened (no sliding). Tokens are never
//! kept in clear: sessions are stored under the SHA-256 of their token, in memory (one
//! instance) or in Redis (`PREFIX:session:HEX`, shared by every instance, expiring by itself).

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use redis::aio::ConnectionManager;
use redis::AsyncCommands;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::accounts::{Account, Role};

/// The length of a token, in hex characters.
const TOKEN_LEN: usize = 64;

/// An open session: who is logged in, with what rights, until when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The account's username.
    pub username: String,
    /// The account's role when the session was opened.
    pub role: Role,
    /// The account's airports when the session was opened.
    pub airports: Vec<String>,
    /// When the session was opened.
    pub created_at: DateTime<Utc>,
    /// When the session ends, whatever happens in between.
    pub expires_at: DateTime<Utc>,
    /// A fingerprint of the account's password hash at login (see [`credential`]): a password
    /// change ends the session. Sessions stored without one are ended too.
    #[serde(default)]
    pub credential: String,
}

/// A fingerprint of an account's password hash: the first 8 bytes of its SHA-256, in hex. It
/// changes with the password (a new hash has a new salt) and tells nothing about it.
pub fn credential(account: &Account) -> String {
    hex(&Sha256::digest(account.password_hash.as_bytes())[..8])
}

/// A new random token: 32 bytes as 64 lower-case hex characters.
fn new_token() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|error| anyhow::anyhow!("no random token: {error}"))?;
    Ok(hex(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// True when `token` could be one of ours: 64 lower-case hex characters.
fn well_formed(token: &str) -> bool {
    token.len() == TOKEN_LEN
        && token
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The name a token is stored under: its SHA-256, in hex.
fn token_key(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The session an account opens at `now`.
fn open(account: &Account, now: DateTime<Utc>, ttl: Duration) -> Session {
    Session {
        username: account.username.clone(),
        role: account.role,
        airports: account.airports.clone(),
        created_at: now,
        expires_at: now + ttl,
        credential: credential(account),
    }
}

/// Sessions kept in this process.
pub struct MemorySessions {
    ttl: Duration,
    /// SHA-256 of the token (hex) → session.
    sessions: Mutex<HashMap<String, Session>>,
}

/// Sessions kept in Redis, shared by every instance of the service.
pub struct RedisSessions {
    connection: ConnectionManager,
    prefix: String,
    ttl: Duration,
}

impl RedisSessions {
    fn key(&self, token: &str) -> String {
        format!("{}:session:{}", self.prefix, token_key(token))
    }
}

/// Where sessions are kept.
pub enum Sessions {
    /// In this process: lost on restart, not shared between instances.
    Memory(MemorySessions),
    /// In Redis.
    Redis(RedisSessions),
}

impl fmt::Debug for Sessions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Sessions::Memory(memory) => f
                .debug_struct("Sessions::Memory")
                .field("ttl", &memory.ttl)
                .finish_non_exhaustive(),
            Sessions::Redis(redis) => f
                .debug_struct("Sessions::Redis")
                .field("prefix", &redis.prefix)
                .field("ttl", &redis.ttl)
                .finish_non_exhaustive(),
        }
    }
}

impl Sessions {
    /// Sessions in this process, each lasting `ttl`.
    pub fn memory(ttl: Duration) -> Sessions {
        Sessions::Memory(MemorySessions {
            ttl,
            sessions: Mutex::new(HashMap::new()),
        })
    }

    /// Sessions in Redis under `PREFIX:session:…`, each lasting `ttl` (the connection is
    /// re-established by itself after a failure).
    ///
    /// # Errors
    /// The URL is invalid or Redis does not answer.
    pub async fn redis(url: &str, prefix: &str, ttl: Duration) -> anyhow::Result<Sessions> {
        let client = redis::Client::open(url).context("redis.url")?;
        let connection = ConnectionManager::new(client)
            .await
            .context("connecting to Redis")?;
        Ok(Sessions::Redis(RedisSessions {
            connection,
            prefix: prefix.to_owned(),
            ttl,
        }))
    }

    /// How long a session lasts.
    pub fn ttl(&self) -> Duration {
        match self {
            Sessions::Memory(memory) => memory.ttl,
            Sessions::Redis(redis) => redis.ttl,
        }
    }

    /// Opens a session; returns the bearer token (64 hex chars from 32 random bytes) and the
    /// session.
    ///
    /// # Errors
    /// No randomness, or Redis refuses or cannot be reached.
    pub async fn create(
        &self,
        account: &Account,
        now: DateTime<Utc>,
    ) -> anyhow::Result<(String, Session)> {
        let token = new_token()?;
        let session = open(account, now, self.ttl());
        match self {
            Sessions::Memory(memory) => {
                let mut sessions = memory
                    .sessions
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                sessions.retain(|_, kept| kept.expires_at > now);
                sessions.insert(token_key(&token), session.clone());
            }
            Sessions::Redis(redis) => {
                let json = serde_json::to_string(&session)?;
                let seconds = u64::try_from(redis.ttl.num_seconds()).unwrap_or(0).max(1);
                let mut connection = redis.connection.clone();
                connection
                    .set_ex::<_, _, ()>(redis.key(&token), json, seconds)
                    .await
                    .context("storing a session in Redis")?;
            }
        }
        Ok((token, session))
    }

    /// The session of a token, if it exists and has not expired (absolute expiry, no sliding).
    ///
    /// # Errors
    /// Redis cannot be reached or holds something that is not a session.
    pub async fn get(&self, token: &str, now: DateTime<Utc>) -> anyhow::Result<Option<Session>> {
        if !well_formed(token) {
            return Ok(None);
        }
        let session = match self {
            Sessions::Memory(memory) => {
                let mut sessions = memory
                    .sessions
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                let key = token_key(token);
                match sessions.get(&key) {
                    Some(session) if session.expires_at <= now => {
                        sessions.remove(&key);
                        None
                    }
                    found => found.cloned(),
                }
            }
            Sessions::Redis(redis) => {
                let mut connection = redis.connection.clone();
                let json: Option<String> = connection
                    .get(redis.key(token))
                    .await
                    .context("reading a session from Redis")?;
                json.map(|json| {
                    serde_json::from_str::<Session>(&json).context("a session in Redis is not one")
                })
                .transpose()?
            }
        };
        Ok(session.filter(|session| session.expires_at > now))
    }

    /// Ends the session of a token (nothing happens when there is none).
    ///
    /// # Errors
    /// Redis cannot be reached.
    pub async fn revoke(&self, token: &str) -> anyhow::Result<()> {
        if !well_formed(token) {
            return Ok(());
        }
        match self {
            Sessions::Memory(memory) => {
                memory
                    .sessions
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .remove(&token_key(token));
            }
            Sessions::Redis(redis) => {
                let mut connection = redis.connection.clone();
                connection
                    .del::<_, ()>(redis.key(token))
                    .await
                    .context("ending a session in Redis")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> Account {
        Account {
            username: "lhr.officer".to_owned(),
            role: Role::Officer,
            airports: vec!["LHR".to_owned()],
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_owned(),
            disabled: false,
        }
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000 + seconds, 0).unwrap()
    }

    fn stored(sessions: &Sessions) -> Vec<String> {
        match sessions {
            Sessions::Memory(memory) => memory.sessions.lock().unwrap().keys().cloned().collect(),
            Sessions::Redis(_) => Vec::new(),
        }
    }

    #[test]
    fn sessions_carry_a_fingerprint_of_the_password_hash() {
        let before = account();
        let session = open(&before, at(0), Duration::hours(8));
        assert_eq!(session.credential, credential(&before));
        assert_eq!(session.credential.len(), 16);
        assert!(!before.password_hash.contains(&session.credential));
        let mut after = account();
        after.password_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdDI$aGFzaDI".to_owned();
        assert_ne!(credential(&after), session.credential);
        // A session stored before sessions had one matches no account.
        let old: Session = serde_json::from_str(
            r#"{"username":"lhr.officer","role":"officer","airports":["LHR"],
                "created_at":"2026-01-01T00:00:00Z","expires_at":"2026-01-01T08:00:00Z"}"#,
        )
        .unwrap();
        assert_ne!(old.credential, credential(&before));
    }

    #[test]
    fn tokens_are_64_hex_characters_and_keys_their_sha256() {
        let token = new_token().unwrap();
        assert!(well_formed(&token), "{token}");
        assert_ne!(token, new_token().unwrap());
        assert_eq!(
            token_key("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(!well_formed(&token.to_uppercase()));
        assert!(!well_formed(&token[1..]));
        assert!(!well_formed(&format!("{}g", &token[1..])));
    }

    #[tokio::test]
    async fn memory_sessions_open_expire_and_end() {
        let sessions = Sessions::memory(Duration::hours(8));
        assert_eq!(sessions.ttl(), Duration::hours(8));
        let (token, session) = sessions.create(&account(), at(0)).await.unwrap();
        assert_eq!(session.username, "lhr.officer");
        assert_eq!(session.role, Role::Officer);
        assert_eq!(session.airports, ["LHR"]);
        assert_eq!(session.expires_at, at(8 * 3600));
        // Only the hash of the token is kept.
        assert_eq!(stored(&sessions), [token_key(&token)]);
        assert_eq!(
            sessions.get(&token, at(60)).await.unwrap(),
            Some(session.clone())
        );
        // No sliding: still ends eight hours after it was opened.
        assert_eq!(sessions.get(&token, at(8 * 3600)).await.unwrap(), None);
        assert!(stored(&sessions).is_empty());

        let (token, _) = sessions.create(&account(), at(0)).await.unwrap();
        sessions.revoke(&token).await.unwrap();
        assert_eq!(sessions.get(&token, at(1)).await.unwrap(), None);
        sessions.revoke(&token).await.unwrap();
    }

    #[tokio::test]
    async fn memory_sessions_forget_expired_ones_and_refuse_malformed_tokens() {
        let sessions = Sessions::memory(Duration::minutes(1));
        for _ in 0..3 {
            sessions.create(&account(), at(0)).await.unwrap();
        }
        let (token, _) = sessions.create(&account(), at(120)).await.unwrap();
        assert_eq!(stored(&sessions).len(), 1);
        assert_eq!(sessions.get("", at(120)).await.unwrap(), None);
        assert_eq!(sessions.get("not a token", at(120)).await.unwrap(), None);
        assert_eq!(
            sessions.get(&token_key(&token), at(120)).await.unwrap(),
            None
        );
        assert!(sessions.get(&token, at(120)).await.unwrap().is_some());
        assert!(!format!("{sessions:?}").contains(&token));
    }

    #[tokio::test]
    async fn redis_sessions_round_trip() {
        let Ok(url) = std::env::var("PAXSCREEN_TEST_REDIS") else {
            eprintln!("note: PAXSCREEN_TEST_REDIS is not set; Redis sessions not tested");
            return;
        };
        let prefix = format!(
            "paxscreen-test-sessions-{}-{}",
            std::process::id(),
            new_token().unwrap()
        );
        let sessions = Sessions::redis(&url, &prefix, Duration::minutes(5))
            .await
            .unwrap();
        let now = Utc::now();
        let (token, session) = sessions.create(&account(), now).await.unwrap();
        let key = format!("{prefix}:session:{}", token_key(&token));
        let Sessions::Redis(redis) = &sessions else {
            panic!("not Redis")
        };
        let mut connection = redis.connection.clone();
        let ttl: i64 = connection.ttl(&key).await.unwrap();
        assert!((1..=300).contains(&ttl), "{ttl}");
        let keys: Vec<String> = connection.keys(format!("{prefix}:*")).await.unwrap();
        assert_eq!(keys, std::slice::from_ref(&key));
        assert!(!keys[0].contains(&token));

        assert_eq!(sessions.get(&token, now).await.unwrap(), Some(session));
        assert_eq!(
            sessions
                .get(&token, now + Duration::minutes(5))
                .await
                .unwrap(),
            None
        );
        assert_eq!(sessions.get("short", now).await.unwrap(), None);
        sessions.revoke(&token).await.unwrap();
        assert_eq!(sessions.get(&token, now).await.unwrap(), None);
        let left: Vec<String> = connection.keys(format!("{prefix}:*")).await.unwrap();
        if !left.is_empty() {
            connection.del::<_, ()>(&left).await.unwrap();
        }
        assert!(left.is_empty());
    }
}
