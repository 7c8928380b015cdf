//! `noticegen mail send` and `mail status`: the built messages through the user's own SMTP
//! server, and where each one stands ([`noticegen::mail::send`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use noticegen::diag::Diagnostic;
use noticegen::forms::inert;
use noticegen::mail::log::Event;
use noticegen::mail::send::{self, Outcome, Planned, SendOptions, Server, State};

use super::common::{ExitStatus, ProjectArgs, project_error};

/// E-mail the letters of a `build --recipients FILE.csv --email`.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Send the built messages through your SMTP server, each once.
    ///
    /// The server comes from --server or NOTICEGEN_SMTP_URL: `smtps://smtp.example.com`
    /// (TLS, port 465), `smtp://smtp.example.com` (STARTTLS, required; port 587), or
    /// `smtp://localhost:2525?tls=none` for a server on this machine. Credentials come from
    /// NOTICEGEN_SMTP_USERNAME and NOTICEGEN_SMTP_PASSWORD, or --credentials FILE (outside the
    /// project), never from the project or the address.
    ///
    /// Every message is logged in OUT/mail-log.jsonl before and after it is handed over. A rerun
    /// sends only what the log does not show as accepted. A message rebuilt with other bytes
    /// since it was sent waits for --resend ACCOUNT. One a run was stopped in the middle of is
    /// "in doubt" (the server may have it): check, then --resend or --mark-sent it.
    /// Exit status 1 when a message was refused or put off, or waits for you.
    Send(SendArgs),
    /// Where each built message stands by the send log: not sent, sent, refused, in doubt,
    /// changed since it was sent.
    Status(StatusArgs),
}

#[derive(clap::Args)]
pub struct SendArgs {
    #[command(flatten)]
    pub where_: OutArgs,
    /// The SMTP server (else NOTICEGEN_SMTP_URL).
    #[arg(long, value_name = "URL")]
    pub server: Option<String>,
    /// A file outside the project: the user name on its first line, the password on its
    /// second.
    #[arg(long, value_name = "FILE")]
    pub credentials: Option<PathBuf>,
    /// List what would be sent, and send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// At most this many messages a minute.
    #[arg(long, value_name = "N", default_value_t = 60)]
    pub rate: u32,
    /// How often a temporary refusal (4xx) is retried, the pause doubling from --retry-pause.
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub retries: u32,
    /// The pause before the first retry, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 2.0)]
    pub retry_pause: f64,
    /// Send this account's messages again, whatever the log says (repeatable).
    #[arg(long, value_name = "ACCOUNT")]
    pub resend: Vec<String>,
    /// Record this account's in-doubt messages as sent, having seen them arrive (repeatable).
    #[arg(long, value_name = "ACCOUNT")]
    pub mark_sent: Vec<String>,
}

#[derive(clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub where_: OutArgs,
}

#[derive(clap::Args)]
pub struct OutArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// The build's output folder, relative to the project root.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
}

impl OutArgs {
    fn dir(&self) -> PathBuf {
        self.project.root.join(&self.out)
    }
}

pub fn run(command: Command) -> ExitStatus {
    match command {
        Command::Send(args) => send_command(&args),
        Command::Status(args) => status(&args),
    }
}

fn send_command(args: &SendArgs) -> ExitStatus {
    let out = args.where_.dir();
    if args.dry_run {
        return dry_run(&out, &args.resend);
    }
    let server = match server(args) {
        Ok(server) => server,
        Err(d) => return project_error(&[d]),
    };
    let options = SendOptions {
        out,
        server: Some(server),
        per_minute: args.rate,
        retries: args.retries,
        retry_pause: Duration::from_secs_f64(args.retry_pause.max(0.0)),
        resend: args.resend.clone(),
        mark_sent: args.mark_sent.clone(),
    };
    let report = match send::send(&options, &|o| print_outcome(o)) {
        Ok(report) => report,
        Err(stopped) => return project_error(&stopped.0),
    };
    for p in &report.marked {
        eprintln!("{:>10} {} (recorded as sent)", "marked", who(p));
    }
    for p in &report.left {
        if p.state != State::Sent {
            eprintln!("{:>10} {}: {}", "left", who(p), why_left(p));
        }
    }
    let count = |e: Event| report.outcomes.iter().filter(|o| o.event == e).count();
    let already = report
        .left
        .iter()
        .filter(|p| p.state == State::Sent)
        .count();
    eprintln!(
        "{} sent, {} refused, {} put off, {already} sent before, {} waiting for you",
        count(Event::Accepted),
        count(Event::Refused),
        count(Event::Deferred),
        report
            .left
            .iter()
            .filter(|p| p.state != State::Sent)
            .count(),
    );
    ExitStatus::failure_if(report.needs_attention())
}

/// The server and credentials: from the command line, else the environment.
fn server(args: &SendArgs) -> Result<Server, Diagnostic> {
    let address = match (&args.server, std::env::var("NOTICEGEN_SMTP_URL")) {
        (Some(address), _) => address.clone(),
        (None, Ok(address)) if !address.is_empty() => address,
        _ => {
            return Err(Diagnostic::error("which SMTP server? none was given")
                .hint("give --server smtps://smtp.example.com (or set NOTICEGEN_SMTP_URL); --dry-run lists what would be sent"));
        }
    };
    let credentials = credentials(args)?;
    Server::parse(&address, credentials).map_err(Diagnostic::error)
}

fn credentials(args: &SendArgs) -> Result<Option<(String, String)>, Diagnostic> {
    if let Some(file) = &args.credentials {
        return credentials_file(file, &args.where_.project.root).map(Some);
    }
    match (
        std::env::var("NOTICEGEN_SMTP_USERNAME"),
        std::env::var("NOTICEGEN_SMTP_PASSWORD"),
    ) {
        (Ok(user), Ok(password)) => Ok(Some((user, password))),
        (Ok(_), Err(_)) | (Err(_), Ok(_)) => Err(Diagnostic::error(
            "set both NOTICEGEN_SMTP_USERNAME and NOTICEGEN_SMTP_PASSWORD, or neither",
        )),
        _ => Ok(None),
    }
}

/// A credentials file: never one of the project's, which is shared and versioned.
fn credentials_file(file: &Path, root: &Path) -> Result<(String, String), Diagnostic> {
    let inside = match (file.canonicalize(), root.canonicalize()) {
        (Ok(file), Ok(root)) => file.starts_with(root),
        (Err(e), _) => {
            return Err(Diagnostic::error(format!(
                "cannot read the credentials {}: {e}",
                file.display()
            )));
        }
        _ => false,
    };
    if inside {
        return Err(Diagnostic::error(format!(
            "the credentials {} are inside the project: they would be shared with it",
            file.display()
        ))
        .hint("keep them outside, e.g. ~/.config/noticegen/smtp, readable by you only"));
    }
    let text = std::fs::read_to_string(file).map_err(|e| {
        Diagnostic::error(format!(
            "cannot read the credentials {}: {e}",
            file.display()
        ))
    })?;
    let mut lines = text.lines();
    match (lines.next(), lines.next()) {
        (Some(user), Some(password)) if !user.is_empty() => {
            Ok((user.to_string(), password.to_string()))
        }
        _ => Err(Diagnostic::error(format!(
            "{}: the user name on the first line, the password on the second",
            file.display()
        ))),
    }
}

fn dry_run(out: &Path, resend: &[String]) -> ExitStatus {
    let (manifest, log) = match send::read(out) {
        Ok(read) => read,
        Err(d) => return project_error(&[d]),
    };
    let planned = send::plan(&manifest, &log, resend);
    for p in &planned {
        let what = if p.send { "would send" } else { "would leave" };
        eprintln!("{what:>12} {} ({})", who(p), p.state.label());
    }
    let sending = planned.iter().filter(|p| p.send).count();
    eprintln!(
        "{sending} of {} message(s) would be sent (dry run: nothing sent)",
        planned.len()
    );
    ExitStatus::Success
}

fn status(args: &StatusArgs) -> ExitStatus {
    let (manifest, log) = match send::read(&args.where_.dir()) {
        Ok(read) => read,
        Err(d) => return project_error(&[d]),
    };
    let planned = send::plan(&manifest, &log, &[]);
    println!("notice\taccount\tlocale\tto\tstate\tserver");
    for p in &planned {
        let a = &p.artifact;
        let row = [
            a.id.notice.as_str(),
            a.id.account.as_deref().unwrap_or_default(),
            a.id.locale.as_str(),
            &p.to(),
            p.state.label(),
            &p.reply,
        ];
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        println!("{}", cells.join("\t"));
    }
    ExitStatus::Success
}

fn print_outcome(o: &Outcome) {
    let what = match o.event {
        Event::Accepted => "sent",
        Event::Refused => "refused",
        Event::Deferred => "put off",
        Event::Sending | Event::MarkedSent => "?",
    };
    eprintln!(
        "{what:>10} {} ({})",
        who(&o.planned),
        terminal_safe(&o.reply)
    );
}

fn why_left(p: &Planned) -> String {
    match p.state {
        State::Changed => "rebuilt with other bytes since it was sent: --resend it to send the new one".into(),
        State::InDoubt => "in doubt: a run stopped while handing it over; check that it arrived, then --mark-sent or --resend it".into(),
        State::Refused => format!("refused ({}); fix the address and build again, or --resend it", terminal_safe(&p.reply)),
        State::Sent | State::Unsent => p.state.label().into(),
    }
}

/// "FSN2024-1562 account IT-20417 (it) to a@b.example".
fn who(p: &Planned) -> String {
    let a = &p.artifact;
    format!(
        "{} account {} ({}) to {}",
        a.id.notice,
        a.id.account.as_deref().unwrap_or_default(),
        a.id.locale,
        p.to()
    )
}

/// A server's words reach the terminal inert: control and bidi characters escaped.
fn terminal_safe(text: &str) -> String {
    inert::terminal(text).into_owned()
}

/// A cell of the status table: inert on a terminal, and never a formula in a spreadsheet.
fn cell(text: &str) -> String {
    inert::csv_cell(&inert::terminal(text)).into_owned()
}
