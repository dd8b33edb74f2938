/* Ingest load: invented wire stories for the near-duplicate tests (unit and integration): an original, its re-sent and
   lightly edited copies, and a genuinely different article on the same event. */

export const ORIGINAL = `NAIROBI, May 12, 2024 (Reuters) - Kenya will cut its import tariff on Tanzania wheat to 5 percent from 12 percent
from July, Kenyan Trade Minister Elin Varga said on Tuesday, easing a dispute that has weighed on grain shipments between the two
countries for more than a year.

Varga told reporters in the capital that the cut followed three rounds of talks with Tanzania officials and would be reviewed
after twelve months. "We expect shipments to recover quickly once the new rate applies," she said.

Tanzania exported about 1.4 million tonnes of wheat to Kenya last year, down from 2.1 million tonnes the year before,
according to customs figures. Millers in Kenya had complained that the higher tariff pushed up flour prices.

Tanzania's agriculture ministry welcomed the decision and said it would lift its own restrictions on Kenyan fruit imports
once the lower tariff took effect. Traders said the move could add up to 600,000 tonnes to next season's shipments.`;

/** The same story re-sent an hour later with a corrected figure, a new last paragraph and a "REFILE" slug. */
export const RESENT = `REFILE-NAIROBI, May 12, 2024 (Reuters) - Kenya will cut its import tariff on Tanzania wheat to 5 percent from 12 percent
from July, Kenyan Trade Minister Elin Varga said on Tuesday, easing a dispute that has weighed on grain shipments between the two
countries for more than a year.

Varga told reporters in the capital that the cut followed three rounds of talks with Tanzania officials and would be reviewed
after twelve months. "We expect shipments to recover quickly once the new rate applies," she said.

Tanzania exported about 1.5 million tonnes of wheat to Kenya last year, down from 2.1 million tonnes the year before,
according to customs figures. Millers in Kenya had complained that the higher tariff pushed up flour prices.

Tanzania's agriculture ministry welcomed the decision and said it would lift its own restrictions on Kenyan fruit imports
once the lower tariff took effect. Traders said the move could add up to 600,000 tonnes to next season's shipments.

(Reporting by a correspondent; editing by the desk)`;

/** A newspaper's light edit of the wire copy: a new headline, a few words changed, a sentence dropped. */
export const EDITED = `Kenya to cut wheat tariff

NAIROBI, May 12, 2024 (Reuters) - Kenya will cut its import tariff on Tanzania wheat to 5 percent from 12 percent
from July, Kenyan Trade Minister Elin Varga said on Tuesday, easing a dispute that has weighed on grain shipments between the two
countries for more than a year.

Varga told journalists in the capital that the cut followed three rounds of talks with Tanzania officials and would be reviewed
after twelve months. "We expect shipments to recover quickly once the new rate applies," she said.

Tanzania exported about 1.4 million tonnes of wheat to Kenya last year, down from 2.1 million tonnes the year before,
according to customs figures. Millers in Kenya had complained that the higher tariff pushed up flour prices.

Tanzania's agriculture ministry welcomed the decision and said it would lift its own restrictions on Kenyan fruit imports
once the lower tariff took effect.`;

/** Another outlet's own article on the same announcement: same facts, its own words. */
export const DIFFERENT = `Kenya lowers duty on wheat from Tanzania

Kenya is to reduce the tariff it charges on wheat from Tanzania from 12 percent to 5 percent starting in July, in a bid to
end a year-long trade row, the government announced on Tuesday.

Trade Minister Elin Varga said the decision came after several rounds of negotiations and that the lower duty would be
reviewed in a year. Flour mills had lobbied for the change, arguing that the tariff had driven up bread prices.

Wheat shipments from Tanzania to Kenya fell sharply last year, customs data show. Officials in Tanzania said they would
respond by easing limits on fruit from Kenya. Grain traders expect imports to pick up in the coming season.`;
