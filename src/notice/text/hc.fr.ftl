### Intertitres d'une lettre de rappel d'instrument médical au Canada, pour les avis avec
### `regime: hc` (français). Rédigés, non tirés d'un texte publié par Santé Canada.
### review-status: unreviewed

## Titre
hc-heading-recall = Rappel urgent d'instrument médical
hc-heading-correction = Correction urgente d'instrument médical

## Sections
hc-devices = Instruments visés
hc-licence = Numéro d'homologation de l'instrument médical
hc-reason = Raison du rappel
hc-risk = Risque pour la santé
hc-actions = Mesures à prendre
hc-contact = Personne-ressource

## Formulaire de réponse
hc-form-title = Formulaire de réponse au rappel
