### The e-mail that carries a per-recipient letter (`noticegen build --recipients FILE --email`):
### its subject and the parts of its text every notice shares (source locale: English). The
### notice's own summary of what to do is the project's message `email-summary`.

## Subject
# The locale's word for "urgent": the subject starts with it.
email-urgent = URGENT
# $urgent: the message above; $title: the notice's main title; $notice: its number.
email-subject = { $urgent }: { $title } ({ $notice })

## Text
# $contact, $organisation, $account: from the recipients list.
email-greeting = Dear { $contact },
# $notice: the notice's number.
email-intro = Please find attached field safety notice { $notice } for { $organisation } (account { $account }) and your reply form.
# $days: the reply deadline in days.
email-deadline = Please return the completed reply form within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, even if you no longer hold any of the affected products.
email-reply = To reply, fill in the attached form, save it and send it back by replying to this e-mail.
email-attachments = Attached
email-closing = Kind regards,
