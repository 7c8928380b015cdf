//! `noticegen mail send`: the built messages handed to the user's own SMTP server, one at a
//! time, at a set rate, each recorded in the send log before and after (see [`super::log`]).
//!
//! A rerun sends only what the log does not show as taken: a message the server accepted is
//! never sent again, one whose bytes changed since is listed and waits for `--resend`, and one
//! a run was killed in the middle of is in doubt and waits for `--resend` or `--mark-sent`. A
//! temporary refusal (4xx) is retried with growing pauses; a permanent one (5xx) is logged and
//! the run goes on with the others.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::Transport;
use lettre::address::{Address, Envelope};
use lettre::transport::smtp::SmtpTransport;
use lettre::transport::smtp::authentication::Credentials;

use super::log::{self, Entry, Event, SendLog};
use crate::diag::{Diagnostic, ProjectError};
use crate::lock::ProjectLock;
use crate::output::{Artifact, ArtifactKind, Manifest};

/// How a connection to the server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// `smtps://`: TLS from the first byte (port 465).
    Tls,
    /// `smtp://`: STARTTLS, required (port 587).
    StartTls,
    /// `smtp://…?tls=none`, for a server on this machine only.
    None,
}

/// The user's SMTP server.
#[derive(Debug, Clone)]
pub struct Server {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub credentials: Option<(String, String)>,
}

impl Server {
    /// `smtps://host[:port]`, `smtp://host[:port]` (STARTTLS) or, for a server on this machine,
    /// `smtp://localhost:port?tls=none`. Credentials never come in the address.
    pub fn parse(address: &str, credentials: Option<(String, String)>) -> Result<Self, String> {
        let url = url::Url::parse(address)
            .map_err(|e| format!("`{address}` is not a server address ({e})"))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(format!(
                "`{address}` holds credentials: set NOTICEGEN_SMTP_USERNAME and NOTICEGEN_SMTP_PASSWORD, or give --credentials FILE, instead"
            ));
        }
        let host = url
            .host_str()
            .ok_or_else(|| format!("`{address}` names no host"))?
            .trim_matches(|c| c == '[' || c == ']')
            .to_string();
        let tls_none = url.query_pairs().any(|(k, v)| k == "tls" && v == "none");
        let (security, default_port) = match url.scheme() {
            "smtps" => (Security::Tls, 465),
            "smtp" if tls_none => (Security::None, 25),
            "smtp" => (Security::StartTls, 587),
            other => {
                return Err(format!(
                    "`{other}://` is not an SMTP address: use smtps://HOST (TLS) or smtp://HOST (STARTTLS)"
                ));
            }
        };
        let loopback = matches!(host.as_str(), "localhost" | "127.0.0.1" | "::1");
        if security == Security::None && !loopback {
            return Err(format!(
                "`{address}`: without TLS only to a server on this machine (localhost); the messages carry patients' and customers' data"
            ));
        }
        Ok(Self {
            port: url.port().unwrap_or(default_port),
            host,
            security,
            credentials,
        })
    }

    fn transport(&self) -> Result<SmtpTransport, String> {
        let builder = match self.security {
            Security::Tls => SmtpTransport::relay(&self.host).map_err(|e| e.to_string())?,
            Security::StartTls => {
                SmtpTransport::starttls_relay(&self.host).map_err(|e| e.to_string())?
            }
            Security::None => SmtpTransport::builder_dangerous(&self.host),
        };
        let mut builder = builder
            .port(self.port)
            .timeout(Some(Duration::from_secs(60)));
        if let Some((user, password)) = &self.credentials {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(builder.build())
    }
}

/// What `mail send` is asked to do.
#[derive(Debug, Clone)]
pub struct SendOptions {
    /// The build's output folder.
    pub out: PathBuf,
    /// None for a dry run.
    pub server: Option<Server>,
    /// Messages per minute at most.
    pub per_minute: u32,
    /// How often a temporary refusal is retried, and the first pause (doubled each time).
    pub retries: u32,
    pub retry_pause: Duration,
    /// Accounts whose messages are sent again whatever the log says.
    pub resend: Vec<String>,
    /// Accounts whose in-doubt messages the user has seen arrive.
    pub mark_sent: Vec<String>,
}

/// Where a message stands, by the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Not sent yet (or only put off).
    Unsent,
    /// Accepted by the server, these very bytes.
    Sent,
    /// Accepted, but the message was rebuilt since with other bytes.
    Changed,
    /// Refused for good.
    Refused,
    /// A run stopped while handing it over: the server may or may not have it.
    InDoubt,
}

impl State {
    pub fn label(self) -> &'static str {
        match self {
            State::Unsent => "not sent",
            State::Sent => "sent",
            State::Changed => "sent; changed since",
            State::Refused => "refused",
            State::InDoubt => "in doubt",
        }
    }
}

/// One message of the manifest, with where it stands.
#[derive(Debug, Clone)]
pub struct Planned {
    pub artifact: Artifact,
    pub state: State,
    /// The server's last answer, from the log.
    pub reply: String,
    /// Whether this run sends it.
    pub send: bool,
}

/// The messages of the manifest, each with its state by the log, and whether to send it.
pub fn plan(manifest: &Manifest, log: &SendLog, resend: &[String]) -> Vec<Planned> {
    manifest
        .artifacts
        .iter()
        .filter(|a| a.kind == ArtifactKind::Message)
        .map(|a| {
            let account = a.id.account.as_deref().unwrap_or_default();
            let last = log.last_of(&a.id.notice, account, &a.id.locale);
            let state = match last {
                None => State::Unsent,
                Some(e) => match e.event {
                    Event::Accepted | Event::MarkedSent if e.sha256 == a.sha256 => State::Sent,
                    Event::Accepted | Event::MarkedSent => State::Changed,
                    Event::Refused if e.sha256 == a.sha256 => State::Refused,
                    // A rebuilt message after a refusal (a corrected address) is a new one.
                    Event::Refused | Event::Deferred => State::Unsent,
                    Event::Sending => State::InDoubt,
                },
            };
            let asked = resend.iter().any(|r| r == account);
            Planned {
                artifact: a.clone(),
                state,
                reply: last.map(|e| e.reply.clone()).unwrap_or_default(),
                send: state == State::Unsent || asked,
            }
        })
        .collect()
}

impl Planned {
    /// Whom it goes to, for messages.
    pub fn to(&self) -> String {
        self.artifact
            .envelope
            .as_ref()
            .map(|e| e.to.join(", "))
            .unwrap_or_default()
    }
}

/// How one message of this run ended.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub planned: Planned,
    pub event: Event,
    pub reply: String,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct SendReport {
    pub outcomes: Vec<Outcome>,
    /// Messages left as they were, with why.
    pub left: Vec<Planned>,
    pub marked: Vec<Planned>,
}

impl SendReport {
    /// Something needs the user: a refusal, a deferral, a message in doubt or changed.
    pub fn needs_attention(&self) -> bool {
        self.outcomes
            .iter()
            .any(|o| matches!(o.event, Event::Refused | Event::Deferred))
            || self
                .left
                .iter()
                .any(|p| matches!(p.state, State::InDoubt | State::Changed | State::Refused))
    }
}

/// Reads the manifest and the log of `out`.
pub fn read(out: &Path) -> Result<(Manifest, SendLog), Diagnostic> {
    let manifest = Manifest::read(out).ok_or_else(|| {
        Diagnostic::error(format!(
            "no build in {}: it has no manifest.json",
            out.display()
        ))
        .hint("build the messages first: `noticegen build --recipients FILE.csv --email`")
    })?;
    let log = SendLog::read(out)?;
    Ok((manifest, log))
}

/// Sends what the plan says, one message at a time; each is logged before and after.
pub fn send(
    options: &SendOptions,
    on_outcome: &dyn Fn(&Outcome),
) -> Result<SendReport, ProjectError> {
    let _lock =
        ProjectLock::acquire(&options.out, "mail send").map_err(|d| ProjectError(vec![d]))?;
    let (manifest, mut log) = read(&options.out).map_err(|d| ProjectError(vec![d]))?;
    let mut report = SendReport::default();
    let planned = plan(&manifest, &log, &options.resend);
    // A draft fills gaps with the source language and says DRAFT on every page.
    let drafts: Vec<&str> = planned
        .iter()
        .filter(|p| p.send && p.artifact.draft)
        .map(|p| p.artifact.path.as_str())
        .collect();
    if !drafts.is_empty() {
        return Err(ProjectError(vec![
            Diagnostic::error(format!(
                "{} message(s) were built with --draft, which are never sent: {}",
                drafts.len(),
                drafts.join(", ")
            ))
            .hint("build again without --draft once every translation is complete"),
        ]));
    }
    let Some(server) = &options.server else {
        return Err(ProjectError(vec![Diagnostic::error(
            "no server to send to",
        )]));
    };
    let transport = server
        .transport()
        .map_err(|e| ProjectError(vec![Diagnostic::error(format!("the SMTP server: {e}"))]))?;
    let pause = Duration::from_secs_f64(60.0 / f64::from(options.per_minute.max(1)));
    let mut first = true;
    for p in planned {
        let account = p.artifact.id.account.clone().unwrap_or_default();
        if p.state == State::InDoubt && options.mark_sent.contains(&account) {
            log.append(entry(
                &p.artifact,
                Event::MarkedSent,
                "marked sent by the user",
            ))
            .map_err(|d| ProjectError(vec![d]))?;
            report.marked.push(p);
            continue;
        }
        if !p.send {
            report.left.push(p);
            continue;
        }
        if !first {
            std::thread::sleep(pause);
        }
        first = false;
        let outcome =
            send_one(&transport, options, &mut log, p).map_err(|d| ProjectError(vec![d]))?;
        on_outcome(&outcome);
        report.outcomes.push(outcome);
    }
    Ok(report)
}

/// One message: logged as sending, handed over (retried on a temporary refusal), logged as
/// what the server said.
fn send_one(
    transport: &SmtpTransport,
    options: &SendOptions,
    log: &mut SendLog,
    planned: Planned,
) -> Result<Outcome, Diagnostic> {
    let a = &planned.artifact;
    let bytes = std::fs::read(options.out.join(&a.path)).map_err(|e| {
        Diagnostic::error(format!("cannot read {}: {e}", a.path)).hint("build the messages again")
    })?;
    if crate::fingerprint::digest(&bytes) != a.sha256 {
        return Err(Diagnostic::error(format!(
            "{} is not the message the build made (its bytes changed)",
            a.path
        ))
        .hint("build again; a message is sent only as the build wrote it"));
    }
    let envelope = envelope(a)?;
    let mut pause = options.retry_pause;
    let mut tries = 0;
    let (event, reply) = loop {
        log.append(entry(a, Event::Sending, ""))?;
        match transport.send_raw(&envelope, &bytes) {
            Ok(response) => {
                let text = format!(
                    "{} {}",
                    response.code(),
                    response.message().collect::<Vec<_>>().join(" ")
                );
                break (Event::Accepted, text);
            }
            Err(e) if e.is_transient() && tries < options.retries => {
                log.append(entry(a, Event::Deferred, &e.to_string()))?;
                tries += 1;
                std::thread::sleep(pause);
                pause *= 2;
            }
            Err(e) if e.is_transient() => break (Event::Deferred, e.to_string()),
            Err(e) if e.is_permanent() => break (Event::Refused, e.to_string()),
            // No answer at all (the connection, TLS, a timeout): the server may have taken
            // it or not; the log keeps it in doubt rather than guess.
            Err(e) => {
                return Err(Diagnostic::error(format!(
                    "{}: the server did not answer: {e}",
                    a.path
                ))
                .hint("check the server's address and that it is up; the message stays in doubt: `noticegen mail status` lists it"));
            }
        }
    };
    log.append(entry(a, event, &reply))?;
    Ok(Outcome {
        planned,
        event,
        reply,
    })
}

fn envelope(a: &Artifact) -> Result<Envelope, Diagnostic> {
    let e = a.envelope.as_ref().ok_or_else(|| {
        Diagnostic::error(format!("{}: the manifest has no envelope for it", a.path))
    })?;
    let address = |s: &str| {
        s.parse::<Address>()
            .map_err(|err| Diagnostic::error(format!("{}: `{s}`: {err}", a.path)))
    };
    let to =
        e.to.iter()
            .chain(&e.cc)
            .map(|s| address(s))
            .collect::<Result<Vec<_>, _>>()?;
    Envelope::new(Some(address(&e.from)?), to)
        .map_err(|err| Diagnostic::error(format!("{}: {err}", a.path)))
}

fn entry(a: &Artifact, event: Event, reply: &str) -> Entry {
    let e = a.envelope.as_ref();
    Entry {
        at: log::now(),
        event,
        notice: a.id.notice.clone(),
        account: a.id.account.clone().unwrap_or_default(),
        locale: a.id.locale.clone(),
        message_id: e.map(|e| e.message_id.clone()).unwrap_or_default(),
        sha256: a.sha256.clone(),
        to: e.map(|e| e.to.clone()).unwrap_or_default(),
        reply: reply.to_string(),
    }
}
