//! The message stage of a per-recipient letter (`build --email`): the account's e-mail, in
//! its language, with the letter's PDFs attached exactly as they were written.

use std::time::{Duration, SystemTime};

use lettre::message::Mailbox;

use super::letter::{self, Letter};
use super::{BuildContext, Job};
use crate::diag::Diagnostic;
use crate::identity::LetterId;
use crate::load::Project;
use crate::localize::intl::CivilDate;
use crate::mail::{self, message};
use crate::output::{self, Artifact, ArtifactKind, Envelope};
use crate::typeset::Profile;

/// The message's Date: `SOURCE_DATE_EPOCH` when set, else the notice date at midnight UTC, as
/// the PDFs are stamped. Never the clock, so a rebuild makes the same bytes.
fn date(notice_date: CivilDate, context: &BuildContext) -> SystemTime {
    let seconds = context.source_date_epoch.map_or_else(
        || {
            let month = time::Month::try_from(notice_date.month).expect("validated date");
            time::Date::from_calendar_date(notice_date.year, month, notice_date.day)
                .expect("validated date")
                .midnight()
                .assume_utc()
                .unix_timestamp()
        },
        |epoch| epoch.seconds(),
    );
    SystemTime::UNIX_EPOCH + Duration::from_secs(seconds.max(0) as u64)
}

/// The account's message, staged beside its PDFs; whether its bytes are new.
pub(super) fn stage(
    context: &BuildContext,
    job: &Job,
    id: &LetterId,
    inputs: &str,
    pdfs: &[(Artifact, Vec<u8>)],
) -> Result<(Artifact, bool), Vec<Diagnostic>> {
    let names: Vec<String> = pdfs
        .iter()
        .map(|(a, _)| a.path.rsplit('/').next().unwrap_or(&a.path).to_string())
        .collect();
    let letter = Letter {
        loaded: job.notice,
        tag: &job.tag,
        draft: context.draft,
        recipient: job.recipient,
    };
    let (body, fell_back) =
        words(context.project, letter, &names).map_err(|problem| match problem {
            Wanting::Missing(missing) => vec![missing_text(id, &missing)],
            Wanting::Broken(errors) => errors,
        })?;
    let (from, reply_to, to, cc) = mailboxes(context, job);
    let path = output::artifact_path(id, ArtifactKind::Message, None);
    let message_id = message::message_id(inputs, &path, &from);
    let attached: Vec<message::Attached> = pdfs
        .iter()
        .zip(&names)
        .map(|((_, bytes), name)| message::Attached {
            file_name: name.clone(),
            bytes,
        })
        .collect();
    let addresses = message::Addresses {
        from: &from,
        reply_to: reply_to.as_ref(),
        to: &to,
        cc: &cc,
    };
    let date = date(job.notice.date, context);
    let bytes =
        message::build(&addresses, &body, &attached, &message_id, date, inputs).map_err(|e| {
            vec![Diagnostic::error(format!(
                "{}: the message: {e}",
                id.notice
            ))]
        })?;
    let changed = output::stage_artifact(&context.out, &path, &bytes).map_err(|d| vec![d])?;
    let artifact = Artifact {
        id: id.clone(),
        kind: ArtifactKind::Message,
        form: None,
        profile: (context.profile != Profile::Screen).then(|| context.profile.as_str().to_string()),
        path,
        sha256: crate::fingerprint::digest(&bytes),
        bytes: bytes.len() as u64,
        pages: 0,
        fell_back,
        draft: context.draft,
        inputs: inputs.to_string(),
        envelope: Some(Envelope {
            message_id,
            from: from.email.to_string(),
            to: vec![to.email.to_string()],
            cc: cc.iter().map(|c| c.email.to_string()).collect(),
        }),
    };
    Ok((artifact, changed))
}

/// From, Reply-To, To and Cc of a job's message, as checked before the build.
fn mailboxes(
    context: &BuildContext,
    job: &Job,
) -> (Mailbox, Option<Mailbox>, Mailbox, Vec<Mailbox>) {
    let manufacturer = &context.project.manufacturers[&job.notice.notice.manufacturer.value];
    let sender = manufacturer
        .email
        .as_ref()
        .expect("checked before the build: the profile has `email:`");
    let recipient = job
        .recipient
        .expect("messages are made for recipients' letters");
    let mailbox = |text: &str| mail::parse_mailbox(text).expect("checked before the build");
    (
        mailbox(&sender.from.value),
        sender.reply_to.as_ref().map(|r| mailbox(&r.value)),
        mailbox(&recipient.email),
        sender.cc.iter().map(|c| mailbox(&c.value)).collect(),
    )
}

/// Why a message's words cannot be made.
pub enum Wanting {
    /// Messages the account's language lacks.
    Missing(Vec<String>),
    /// Messages that do not format, or a subject that does not say it is urgent.
    Broken(Vec<Diagnostic>),
}

/// The message's words in the account's language, and the messages that fell back (drafts).
/// `check --recipients FILE --email` asks for them too, without building the letter.
pub fn words(
    project: &Project,
    letter: Letter,
    attachments: &[String],
) -> Result<(message::Body, Vec<String>), Wanting> {
    let loaded = letter.loaded;
    let localizer = letter::localizer(project, letter);
    let body = {
        let cx = letter::view_context(project, letter, &localizer);
        let fallback = loaded.layout.title_fallback(&loaded.layout_keys);
        mail::text::body(&cx, fallback, attachments)
    };
    let report = localizer.into_report();
    if !report.errors.is_empty() {
        let errors = report.errors.iter();
        return Err(Wanting::Broken(
            errors.map(|e| e.diagnostic(&project.locales)).collect(),
        ));
    }
    if !report.missing.is_empty() {
        return Err(Wanting::Missing(report.missing.iter().cloned().collect()));
    }
    let body = body
        .map_err(|e| Wanting::Broken(vec![Diagnostic::error(format!("{}: {e}", loaded.id()))]))?;
    Ok((body, report.fell_back.iter().cloned().collect()))
}

/// The message's text lacks messages: never sent with English or blanks in their place.
fn missing_text(id: &LetterId, missing: &[String]) -> Diagnostic {
    let account = id.account.as_deref().unwrap_or_default();
    Diagnostic::error(format!(
        "{} for account `{account}` in `{}`: the e-mail's text lacks {}",
        id.notice,
        id.locale,
        missing.join(", ")
    ))
    .in_file(format!("locales/{}", id.locale))
    .hint(format!(
        "add them to locales/{}/{}.ftl: `{}` says in a few lines what the account must do; the other `email-*` messages are built in for {}",
        id.locale,
        id.notice,
        mail::text::SUMMARY,
        mail::text::STANDARD_TEXT.tags()
    ))
}
