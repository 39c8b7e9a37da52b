"""Owners named in running prose, at the start of a sentence.

Two forms, each owning the text that follows it (until the next annotation):

* **a prose annotation**: "由A牵头，会同B、C，推进…", "由A牵头，B、C配合，对…",
  "A承办，B、C协办。", "由A负责，B配合，加快…", "A、B负责，C配合，强化…" — one or
  more comma-separated segments, each a unit list with its role verb (or 会同 /
  协同 / 联合 before a list); at least one leads or is responsible;
* **a unit as the subject** of its duties: "区住建局负责全区…", "区委农办要结合…",
  "省农业厅做好…", "(二十一)市公安局。负责对…": the unit is responsible. Only
  named units count as subjects (各部门要… is an instruction to all, not a
  task's owner); in a page that writes its owners in prose only (no label, no
  bracket, no owner heading) also before a plain verb of a duty ("农办向群众发放…",
  ``_plain_subject``), owning its own sentence.

A sentence starts a paragraph, or follows 。；！？ or a line break. The units are
checked with ``unit_like`` (``.names`` and the roster); a list that runs on into
the text ("会同区财政局、区税务局研究制定…") ends where the names end
(``.owner_lists.cut``). An annotation that ends its sentence ("加强A，由X负责。",
"A承办，B协办。") owns the text before it (``kind="prose_end"``), as a bracket
does; one that goes on into the duty the text after it (``kind="prose"``), and
so does a subject (``kind="subject"``; a plan's sections are chosen by their
subjects only when it has no other annotation at all). None is cut out of the
task text: the sentence reads as the plan wrote it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import accumulate, islice

from ..numerals import ENCLOSED
from ..roster import split_cell
from .markers import (DESCRIBED, DIRECTING, LEADS, OPEN, OWNER_ROLES, PLAN_MADE, PROCEDURE_STEP, SENTENCE_STOP, VERB_END_RE, Marker, find_markers, is_party, label_role, led_by, list_units,
                      parse_line_marker, supporting, verb_role, with_partners)
from .names import (BODY_KIND, CLOSING_GROUP, COUNTED_LEVELS_RE, GROUP_END_RE, LEVEL_WITH_PAIR, LEVELS, ORG_END_RE, PLAIN_KIND, SHORT_FORM_LEVELS, SHORT_FORMS,
                    across_the_end, has_task_word, is_department, is_group, is_sector,
                    is_unit_name, levels_sharing_name, levels_sharing_one_name, looks_like_org, names_a_sector, places_sharing_body, shared_level_units,
                    strip_note, without_level)
from .owner_lists import (ALIAS_NOTE, LEVEL_JOINED, SECTORS_SHARING, cut, first_level_shared, is_sector_list, is_step_of_work, sectors_joined,
                          sectors_sharing_body, split_and)
from .place_shares import place_shares
from .transfers import entrusted, transferred

# What units after 由 make at a sentence's end ("具体办法由A、B制定。", "…标准由A另行确定"), or before it goes up for
# approval ("…清单由A、B拟定，报镇党委会审定后实施"): their duty; the body that approves is not read.
_MADE = r"(?:另行)?(?:研究)?(?:制定|制订|拟定|确定|核定|审定|下达|公布|发布)"
MADE_BY = re.compile(_MADE)
# A subject that leads and the work it leads, in a clause that opens after a comma or a 要求 ("…,建立三级体系,各村(居委会)
# 牵头建立第三级体系", unseen w2706; "会议要求各村牵头建立…"): not a label (牵头单位) nor a 由 clause's lead; after a
# comma, not after a news item's day ("10月10日,县政协、县水利局牵头到安仓村开展调研", blind w2637: work done).
LEADS_AND_ACTS = (r"(?![省市县区乡镇]级(?:有关|相关)?部门|各(?:有关|相关)?部门|(?:有关|相关)部门)"  # (not everyone: '要求市级部门
                  r"[^，,。；;\n：:由]{2,24}?牵头(?!单位|部门|领导|人|的|抓总)(?=[\u4e00-\u9fff])")  # 牵头实施好…', blind w50)
# A lead named in a clause of its own, no 由 before it: "…阶段,执法分局牵头,各工商所…负责" (blind w246).
_LEAD_CLAUSE = r"[^，,。；;\n由]{2,24}?牵头[，,、]"
LEAD_CLAUSE = re.compile(_LEAD_CLAUSE)
# A measure line's label under a problem ("整改措施:", "整改要求：", "处理意见:", "责任落实:"): its prose names the
# problem's owner, after 由 or 请 or as the subject of a role word (blind w274, w275).
_MEASURE_LABEL = r"(?:(?:整改|处理|处置|督办)(?:措施|要求|意见|建议)|责任落实)[：:]"
MEASURE_LABEL = re.compile(_MEASURE_LABEL)
# A body set up for the work, and its duties after it: "成立福果镇…普查领导小组,负责统筹领导…" (w386), "国务院设立…领导小组,
# 负责组织…" (w380): the body owns them (the one who sets it up does not).
_SET_UP_BODY = r"(?:领导小组|工作小组|指挥部|专班|工作组|委员会|联络组)"  # what is set up for the work
_SET_UP_OFFICE = r"(?:行动|工作|专项|整治|建设|推进|管理|治理)办公室"  # an office set up for the work ('成立清源行动办公室', unseen w1622)
# (its members may come first: '成立以分管副市长为组长,…为成员的联防联控工作领导小组(附件1),负责…', unseen w1071)
_SET_UP = (r"([^，,。；;\n]{0,40}?)(?:成立|设立|组建|下设)了?(?:(?:以[^。；;\n]{2,160}?为|由[^。；;\n]{2,160}?(?:任|担任))(?:组长|副组长|成员)"
           r"[^。；;\n]{0,160}?的)?"
           r"([^，,。；;\n的]{2,40}?(?:" + _SET_UP_BODY + "|" + _SET_UP_OFFICE + "))"
           r"(?:[（(][^()（）]{1,12}[)）])?"
           r"([，,]\s*(?:" + _SET_UP_BODY + r")?下设办公室(?:[，,]\s*(?:办公室)?(?:设在|设于|在)[^，,。；;\n]{2,20}?(?:办公)?)?)?"
           # where it sits and who oversees it ('成立渣土综合管理办公室,办公地点设在区市容园林委,接受市渣土综合管理办公室业务指导
           # 和督查考核,负责汇总上报…', unseen w2621)
           r"(?:[，,]\s*(?:办公地点|办公室)(?:设在|设于)[^，,。；;\n]{2,20}?(?:[，,]\s*接受[^，,。；;\n]{2,40}?(?:指导|考核|监督|管理))?(?=[，,]))?"
           # its office does the work ('…,下设办公室,在区公安分局办公,负责…', '…,委员会下设办公室,办公室设在县公安局,负责…')
           r"(?:[，,]\s*|(?<=[)）])|(?<=办公室))(?=(?:具体|主要)?负责|统筹|全面负责|研究(?:决定|部署|解决)"
           r"|(?:组织|指导|协调)(?:推进|开展|实施|全[省市县区镇乡]))")  # ('成立…办公室(设在市水务局)负责…': no comma)
SET_UP = re.compile(_SET_UP)
GENERIC_BODY = re.compile(r"(?:相应的?|专门的?)?(?:工作)?" + _SET_UP_BODY + "$")
# A stage's title run into its first sentence, in brackets or numbered ("（二）第二阶段（3月—6月）县市场监管局会同…",
# "总结验收阶段(2024年11月)市农业农村局…", "第三阶段:县…", unseen w809): no part of the subject's name.
_STAGE_TITLE = (r"(?:[\u4e00-\u9fff]{0,6}阶段\s*[（(][^（）()，,。；;\n]{1,30}[）)]\s*[，,：:]?"
                r"|第[一二三四五六七八九十\d]{1,3}阶段\s*[，,：:]?)\s*")
STAGE_TITLE = re.compile(_STAGE_TITLE)
# An article's title in brackets after its number ('第三条 [责任主体]地方各级人民政府…', '第五条【职责】…', unseen
# w1104; '第四条(行政管理部门职责)**市民防办公室…是…主管部门', a city's regulation, unseen w2588): the article's words start
# after it (not an item's number in parentheses, '(一)').
ARTICLE_TITLE = r"(?:[\[【〔][^\]】〕\n]{1,12}[\]】〕]|[（(](?![一二三四五六七八九十\d]{1,3}[）)])[^（）()\n]{2,12}[）)])"
# Units named as the work's owners ("区脱贫攻坚办、各乡镇办委、帮扶单位为防返贫监测工作的责任单位,", unseen w1216): after a
# comma, a clause of its own.
# A rule or a document named by its title ("《…实施细则》"), which a subject acts as it requires or a duty rests on.
RULE_TITLE = r"《[^《》\n]{2,40}》"
_NAMED_OWNERS = r"[^，,。；;\n]{2,40}?为[^，,。；;\n]{0,24}?(?:牵头|责任|主责)(?:部门|单位|主体)(?=[，,。；;]|$)"
SENTENCE_START = re.compile(r"(?:^|(?<=[\u4e00-\u9fff]的)(?=由(?![于此来])[^，,。；;\n由]{1,20}?(?:[局委办府处队所站]|部门)[\u4e00-\u9fff])|(?<=[，,])(?=[^，,。；;：:\n]{0,30}?(?:小组|委员会|指挥部|联席会议|专班|机构)(?:[，,]?下设办公室|办公室设[在于]|在[^，,。；;\n]{2,16}?下设办公室))|(?<=" + _MEASURE_LABEL + r")(?=由(?![于此])|请|[^，,。；;\n]{2,24}?(?:负责|牵头|督促|落实|整改))|(?<=[。；;！!？?\n])|(?<=[\u4e00-\u9fff][ \u3000])(?=[^，,。；;\n]{2,30}?要|由(?![于此])|[^，,。；;\n由]{2,24}?(?:负责|牵头)[，,。；;])|(?<=[\u4e00-\u9fff][.．])|(?<=(?:要求|强调|明确|指出|提出|规定)[，,])|(?<=要求)(?=[^，,。；;\n：:]{2,24}?(?:负责|要|将)|" + LEADS_AND_ACTS + r")|(?<=希望)(?=(?:各|全|[省市县区])[^，,。；;\n：:]{1,22}?(?:负责|要|将))|(?<=要求)(?=(?:各|[省市县区乡镇])[^，,。；;\n：:]{1,22}?(?:围绕|聚焦|针对|对照|结合|立即|严格|扎实|切实|认真|迅速|全面|进一步|加强|加快|做好|抓好|开展|落实|实行|进行))|(?<=[，,]明确)(?=[^，,。；;\n：:]{2,24}?(?:负责|牵头))|(?<=要求[：:])(?=[^，,。；;\n]{2,24}?(?:负责|要(?!求)|将|须|应当?))|(?<=[职職分][责責工][：:])|(?<=[责責]任[：:])|(?<=[^\x00-\x7f][：:])(?=[^\x00-\x7f]{2,24}?负责|[^，,。；;：:\n]{2,40}?(?:要(?!求)|牵头)|[^，,。；;：:\n]{2,80}?等(?:有关|相关)?(?:部门|单位)(?:按照|负责|要|在各自))|(?<=[\u4e00-\u9fff”][：:])(?=\s*[一二三四五六七八九十]{1,3}是)|(?<=[，,])(?:直接|统一|均|一律)(?=由(?![于此]))|(?<=[\u4e00-\u9fff])(?=实行[^，,。；;\n]{2,30}?(?:分级|分片|分区|分别|属地)负责)|(?<=[，,])(?=[^，,。；;\n由]{0,20}由[^，,。；;\n]{2,20}?" + PROCEDURE_STEP + r")|(?<=[，,])(?=由|(?:[^，,。；;、\n]{2,16}、){2,}[^，,。；;\n]{2,16}?要(?!求)|(?<![日午晚][，,])" + LEADS_AND_ACTS + r"|[^，,。；;\n]{2,24}?(?:负责|要|将|应当|应|须|必须|务必|会同|[作做]为试点|狠抓|(?<!所)承担|依法(?:协助|配合))|[^，,。；;\n]{2,24}?是[^，,。；;\n]{0,20}?(?:责任主体|实施主体|业务指导部门)|[^，,。；;\n]{2,24}?(?:按照?|根据|依据)" + RULE_TITLE + r"等?的?(?:要求|部署|安排|规定)[，,]|" + _NAMED_OWNERS + r"|[^，,。；;\n]{2,24}?履行[^，,。；;\n]{0,30}?(?:职责|职能)|[^，,。；;\n]{2,24}?按照?[^，,。；;\n]{0,16}?(?:职责分工|工作范围|职责)做好)"
                            r"|(?<=[\u4e00-\u9fff”][：:])(?=由[^，,。；;\n]{2,40}?(?:负责|牵头|主责|主办|承办|会同|协调|组织))"  # "加强领导：由A牵头…"
                            r"|(?<=[，,])(?=" + _LEAD_CLAUSE + ")"  # "23日下午,县卫生局牵头,住建局、环保局参与…"
                            r"|(?<=[，,])(?=[^，,。；;\n]{2,40}?" + CLOSING_GROUP + r"[\u4e00-\u9fff](?<![的之于在是和及与为])(?![\u4e00-\u9fff]的))"
                            r"|(?<=[\u4e00-\u9fff”)）])(?=由(?:[^，,。；;\n]{2,40}?(?:负责|牵头|主责|主办|承办|会同|协调|组织|统一)|[^，,。；;\n]{2,80}?" + CLOSING_GROUP + r"))|(?<=[，,])(?=包括[^。；;\n]{2,200}?在内)"
                            r"|(?<=[\u4e00-\u9fff”])(?=由[^，,。；;\n]{3,40}?" + _MADE + r"(?:[。；;！!]|$|[，,]报))"  # "…办法由A、B制定。", "…由A拟定，报B审定…"
                            r"|(?<=[\u4e00-\u9fff”)）])(?=由各?(?:村|社区)(?![民干主书组级庄镇长务里内外会支医官])[\u4e00-\u9fff])"
                            r"|(?<=[\u4e00-\u9fff])(?=以[^，,。；;\n以]{2,40}?(?:为主|负责)(?:[，,。；;！!]|$))"  # "…整治以A、B为主，C配合"
                            r"|(?<=[，,])(?=" + _SET_UP + r")"  # "…,国务院设立…领导小组,负责…"
                            r"|(?<=答[：:]))\s*"  # a question's answer ("问:…职责? 答:根据…,城市管理部门…", unseen w1220)
                            r"(?:[（(][一二三四五六七八九十百零\d]{1,4}[）)]|\d{1,3}[.、．]|[一二三四五六七八九十百]{1,3}[、是]"
                            r"|第[一二三四五六七八九十百零\d]{1,4}条[，,。.．、:：]?\s*(?:" + ARTICLE_TITLE + r")?)?\s*"
                            r"(?:(?:下一?阶段|下一步|今后|此外|另外|同时|特别是|尤其是|其中)[，,]?\s*)?(?:责成(?=[\u4e00-\u9fff]))?"
                            r"(?:" + _STAGE_TITLE + r")?")  # a stage's title run into its first sentence
SENTENCE_END = re.compile(r"[。；;！!？?\n]")
CLAUSES_END = re.compile(r"[。！!？?\n]")  # the end of a sentence of clauses split by ；
# A segment ends at a comma or colon, or where its sentence does: 。；, a ！ or ？, or the "?" a mirror
# writes for a stop it could not encode ("…和各乡镇政府共同承办??县政府办公室负责…").
SEGMENT_END = re.compile(r"[，,。；;：:！!？?\n]")
# A list and its role verb, then the next list with its own ("由A牵头、B配合，…"): two segments.
LIST_AFTER_VERB = re.compile(r"(?<=牵头|负责|承办|主办|主责|配合|协助|参与|协办)、")
# A clause that is only units and a cooperating verb ("，区总工会、区妇联协助。"); a list closed by its group word,
# or a manner before the verb ("，A、B等其他相关单位加强配合协调，", "，A、B密切配合，"), names units, not everyone;
# the verb made a noun ("，各乡(镇)、街及市公安局、市卫健局做好配合。", unseen w831; "，B予以协助", "，C给予配合工作");
# an ASCII full stop after it as a stop ("县发改局负责…, 县财政局配合.", the probe of this session's change).
PARTNER_CLAUSE = re.compile(r"(?<=[，,])\s*([^，,。；;\n]{2,60}?)(?:积极|主动)?(?:(?:做好|予以|给予|提供)(?=配合|协助))?(?:配合|协助|参与|协办)"
                            r"(?:工作)?(?:落实|实施)?\s*(?=[，,。；;！!？?\n.]|$)"
                            r"|(?<=[，,])\s*([^，,。；;\n]{2,40}?)(?:积极|主动|密切)?(?:配合|协助|参与)(?=开展|做好|抓好|落实|推进|实施|完成|加强|提供|划设|督促|组成|组建)")
_PARTNERS_HEAD = r"(?<=[，,])\s*([^，,。；;\n]{2,60}?)(?:等(?:其他|其它)?(?:相关|有关)?(?:部门|单位))?"  # a clause's units, 等 closing them
NAMED_PARTNER_CLAUSE = re.compile(_PARTNERS_HEAD + r"(?:积极|主动|密切|加强|全力)?(?:配合|协助|参与|协办)(?:落实|实施|协调)?\s*"
                                  r"(?=[，,。；;！!？?\n.]|$)")
# The body a lead and its partners form: "由市公安局牵头,市民政局、市财政局等部门参加的…领导小组" (unseen w1641): partners
# of the lead (not of a subject that sets up such a body: "各县市区要建立由政府领导牵头…等有关职能部门参加的…制度", w566).
FORMED_WITH_PARTNERS = re.compile(_PARTNERS_HEAD + r"(?:参加|参与)(?=的[^，,。；;\n的]{0,30}?(?:专班|委员会|指挥部|联席会议|组(?![织成建])"
                                  r"|队(?!伍)))")
# A later clause of a subject's sentence opened by its partners ("…，会同B、C等单位做好…", "，并会同B开展…").
WITH_CLAUSE = re.compile(r"(?<=[，,])\s*并?(?:会同|协同|联合)(?=[\u4e00-\u9fff])")
# A full stop typed as an ASCII or full-width point between Chinese words ("…4-10个.由A负责…").
POINT_STOP = re.compile(r"(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])")
WITH = re.compile(r"^(?:会同|协同|联合|协调)")
JOINED_WITH = re.compile(r"^(?:负责|牵头)并(?:会同|协同|联合)")  # "A负责并会同B做好…"
COORDINATES = re.compile(r"^(?:负责|牵头)(?:组织)?协调(?=[\u4e00-\u9fff])")  # "A负责组织协调B、C等部门…": B, C beside A
# 联合 as "jointly" before what the subjects do together ("A、B联合致…的一封信", "联合印发…"): no partner follows.
JOINTLY = re.compile(r"^联合(?=致|印发|下发|发出|发布|开展|召开|举办|出台|制定)")
# "A、B各负其责": each of the units listed does its own part (a verb of a list, no group's alone).
EACH_OWN_PART = re.compile(r"^[。：:]?\s*(?:各负其责|各司其职|各尽其责)")
STEERS = re.compile(r"^统筹(?:领导|协调|负责|推进|指导|部署)")  # "镇安全委员会统筹领导全镇…工作": it owns the work
# The verbs after a subject: duties (负责, 要) and the future or obligation of a report
# ("市财政局将安排…", "市发改委应当加强…", "A、B将联手开展…"); what its duties are ("县公安局的职责包括…", unseen w662).
# 履行以下职责: leads in to duties listed below, each with its own subject (unseen w1220). 需 as a modal ("各镇(区)需成立…",
# blind w1294), not 需要/需求 nor 所需 ("…工作所需经费": no name ends at 所 before 需, ``names.WORDS_ACROSS_THE_END``).
# 负责人 is a person, no verb ("…报请本单位(或本行业)负责人,…", unseen w1213), 负责人员培训 the verb.
VERBS = (r"(?:(?:的(?:主要)?|主要)(?:工作)?(?:职责|职能|任务)(?:包括|是|为|有)(?!(?:(?:下列|以下|如下)(?:主要)?(?:内容|方面|事项))?\s*[：:]\s*(?:\n|$))|[作做]为试点|各负其责|各司其职|各尽其责|主要负责(?!制(?![定订作止])|(?:人|同志)(?:为|是|作为|担任|兼任|任|带队|主持|召集|参加|出席|等|[，,。；;、）)和及与的]|解读|解答|介绍|讲话|发言|汇报|通报|表示|指出|强调|说明|作了?|进行|陪同|到场|现场|就|对))|牵头负责|负总责|负(?:直接|主体|主要|全面|领导|监管|属地)(?:管理)?责任|分级负责制|(?:分别|各自|分级|按照?职责分工|按照?职责|按职能)?负责(?!制(?![定订作止])|(?:人|同志)(?:为|是|作为|担任|兼任|任|带队|主持|召集|参加|出席|等|[，,。；;、）)和及与的]|解读|解答|介绍|讲话|发言|汇报|通报|表示|指出|强调|说明|作了?|进行|陪同|到场|现场|就|对))|要(?!求)|做好|抓好|狠抓|牵头|承担|(?<![府委])主管(?=本|全[省市县区]|辖区|所辖)|向[^，,。；;\n向]{2,30}?(?:报告|报送|汇报|移交)(?!会)|履行(?!以下|如下|下列)(?=[^，,。；;\n]{0,30}?(?:职责|职能|责任|义务))|会同|协同(?!配合)|配合(?=[^，,。；;\n]{2,30}?(?:进行|开展|做好|实施|落实|推进))|组织(?!实施|部)|统筹(?![办中发])|(?<=具体)协调|(?<=分别)(?:落实|开展|组织)|督促|将|应当"
         r"|(?:是|作为|为)[^，,。；;\n]{0,24}?(?:牵头|责任|主责|落实|实施|业务指导)(?:[、和](?:协调|责任|主责))?(?:责任)?(?:部门|单位|主体)"
         r"(?=[，,。；;]|$)"  # "各镇政府是…的实施主体,县文化局是…的业务指导部门" (unseen w1878)
         r"|主要以(?=[^，,。；;\n以]{2,30}?为主)"  # "村(社居委)主要以矛盾纠纷摸底排查为主" (unseen w556): its main work
         # a deadline set before the work, as 要 would ("请各镇办于12月10日前,将…报送…", blind w677; "县教育局于3月底前完成排查");
         # or the days it runs ("区城管执法局于10月10日起至10月31日,开展为期20天的…整治", unseen w2657)
         r"|(?:[于在][^，,。；;\n于在]{1,16}?(?:前|以前|之前|[上中下]旬|月底|年底|日起(?:至[^，,。；;\n于在]{1,12}?(?:日|底))?)|自[^，,。；;\n自]{1,16}?日起至[^，,。；;\n]{1,12}?(?:日|底))[，,]?(?=\s*(?:完成|将|把|报送|上报|提交|组织|开展|落实|制定|建立|做好"
         r"|整改|启动|出台|印发|编制|确定|明确|签订))"
         r"|应(?![急用对])|须|必须|务必|请(?=于|在|按|及时|认真|务必|抓紧|尽快|做好|加强|结合)|(?<!所)需(?![要求])|可以(?=[\u4e00-\u9fff]{2})|联手|联合(?!会)|共同|被要求|通过(?![了审])|统筹(?=领导|协调|负责|推进|指导|部署)|协助(?=[\u4e00-\u9fff]{2})|配合(?=做好|开展|[\u4e00-\u9fff]{0,8}工作)"
         r"|(?:设立|设置|成立|组建)(?=相应的?|[^，,。；;\n]{0,30}?(?:机构|小组|办公室|专班|指挥部|工作组))"  # "各乡镇人民政府设立相应的…机构" (unseen w1353)
         r"|主管(?=全[省市县区镇乡]|本(?:行政)?区域|本辖区|辖区)[^，,。；;\n]{0,30}?工作"
         r"|(?:在[^，,。；;\n]{0,16}?)?(?:\d+|[一二三四五六七八九十两半]+)个?(?:工作日|日|天|小时|分钟|个月|周)内(?=[，,]?[\u4e00-\u9fff]{2})"  # a time limit says it
         # must: "民政部门在30个工作日内完成…" (unseen w1444), "县林技中心在接到…报告后,30分钟内赶赴现场" (blind w271)
         r"|领导(?=[和、](?:组织|协调|指导|监督)|全[省市县区镇乡]|本(?:行政)?区域|本辖区))")  # 市人民政府统一领导和组织实施… (w722)  # "…行政主管部门主管全省治理…工作" (w417)
# Between a subject and its verb: 政府各部门还将联手…; 各县区按市里统一部署，主要做好…
# …，and what the subject is: "民政部门是…的主管部门，负责…", "市水务部门作为牵头责任单位，负责…".
ARRANGED = (r"(?:(?:按照?|依照|依据)[^，,。；;\n]{1,16}?(?:部署|要求|安排|原则|规定)|(?:按照?|根据|依据|依照)[^，,。；;\n]{0,16}?(?:职责分工|工作范围|职能职责|职责权限|职权|各自职责)|结合[^，,。；;\n]{1,16}?"
            r"|根据[^，,。；;\n]{1,20}?(?:需要|需求|意见|要求|规定|部署|安排|情况|结果|规划|授权|预报)"
            r"|在[^，,。；;\n]{2,24}?(?:统一)?(?:领导|指导|指挥|组织|协调)下)[，,]?\s*"
            r"|在[^，,。；;\n]{2,24}?(?:时|过程中|期间|之际)[，,]\s*"
            r"|(?:是|作为)[^，,。；;\n]{1,40}?(?:部门|单位|机构|机关|主体)(?:[，,]\s*|(?=负责(?!人)))"
            r"|为[^，,。；;\n]{0,24}?(?:牵头|主管|责任|主责|落实|执行|实施|管理|运维|运营|维护|监管)(?:[、和](?:协调|责任|主责))?"
            r"(?:部门|单位|机构|机关|主体)[，,]\s*"  # ('岳阳县融媒体中心为我县应急广播体系运维管理单位,负责…', unseen w2731)
            r"|(?:设在|设于)[^，,。；;\n()（）]{2,20}?[，,]\s*")  # "领导小组办公室设在国家统计局,负责…": where it sits
# (never inside a bracket: "办公室(设在县水利局)负责…" is the office's note, the subject going on after it)
ARRANGED_RE = re.compile(ARRANGED)
# The plan named as the subject's arrangement, a comma, then its work with any verb ("各乡镇、各有关部门根据本方案,制定具体
# 工作方案", unseen w1063); not another arrangement ("县政府按照省里的部署，结合实际，会同…": read as before).
# (also a higher level's papers or a named rule: '各乡镇按照上级文件要求,进行自查和整顿', '按照《…实施细则》等要求,落实…',
# unseen w1391, w1364; policies from above: '各市、区人民政府和各单位依据上级政策规定和本实施办法,制定…', w1503)
_ARRANGED_THEN_ACTS = (r"[。：:]?\s*(?:按照?|根据|依据)(?:(?:本|该|此|这一|上级)?(?:实施|工作|[\u4e00-\u9fff]{2,4}行动)?(?:方案|计划|办法|文件|通知)"
                       r"|(?:上级|国家|[省市县])?(?:有关)?政策(?:规定)?(?:[和及](?:本|该)?(?:实施|工作)?(?:方案|计划|办法|细则))?"
                       r"|" + RULE_TITLE + r"等?|(?:[省市县区乡镇]里|上级|[省市县区]委[省市县区]?政府|[省市县区](?:委|政府))?的?统一(?=部署|安排))"
                       r"的?(?:要求|部署|安排|规定|精神)?[，,]\s*"
                       r"(?!要求|是|为|的)[\u4e00-\u9fff]")
ARRANGED_THEN_ACTS = re.compile(_ARRANGED_THEN_ACTS)
MODAL_BEFORE = re.compile(r"(?:应当|必须|应|要|须|将)$")  # a modal verb right before the arrangement
# When the subject acts, between it and its verb: "各街道在改造过程中，及时协调…" (not a place: 在辖区内).
CIRCUMSTANCE = re.compile(r"在[^，,。；;\n]{2,24}?(?:时|过程中|期间|之际)")
# What the subject is, when that is to lead: "市工商局为…的牵头部门", "县水务局作为牵头责任单位".
LEAD_STATED = re.compile(r"^[。：:]?\s*(?:是|作为|为)[^，,。；;\n]{0,24}?牵头(?:[、和](?:协调|责任|主责))?(?:责任)?(?:部门|单位|主体)"
                         r"(?=[，,。；;]|$)")  # '…的牵头、协调单位' (unseen w1621)
# "…等部门在各自职责范围内，协助做好…": each within its own remit, before the verb ("按照各自职责和权限,负责…", unseen w1252;
# "依照职责分工,", the probe of 5846d19).
SCOPE = (r"(?:在各自(?:的)?(?:职责|职能)范围内|(?:按照?|依照|依据)(?:各自|部门|本部门|法定)(?:的)?职责(?:分工)?(?:[和及与]权限)?"
         r"|(?:按照?|依照|依据)职责(?:分工)?(?:[和及与]权限)?(?:[（(][^（）()]{1,8}[)）])?(?=[，,]|做好|抓好|负责|开展|落实|承担|履行|实施))"
         r"[，,]?\s*")  # ('…各成员单位按照职责分工(另文下发),完成…', unseen w1743)
SCOPE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)])按照?(?:各自(?:的)?)?职责(?:分工)?$")
MANNER = r"(?:密切|积极|主动|全力|认真|切实|深入|统一|依法|依职责|依规|及时|按时|尽快|立即|迅速|协同(?=做好|开展|推进|抓好))"  # 等单位密切配合…, 县教育局积极做好…,
# 相关部门深入开展… (unseen w1322)
# "人民法院对…案件要开启绿色通道": what the duty is about, between the subject and its 要 (not 对照, 对于, 对接…).
# "县水利局对灌区工程质量负(总)责": what the unit answers for, before its 负责 too.
TOWARD = (r"(?:对(?![照于接标外口])[^，,。；;\n]{2,30}?(?:(?=(?:还|也|均|都|亦|则)?(?:要(?!求)|负总?责|负(?:直接|主体|主要|全面|领导|监管|属地)"
          r"(?:管理)?责任))|[，,](?=应(?![急用对]))))?")  # '县级政府对…负直接责任' (the sixteenth session's probe)
# How often the subject does it, before its verb: "县应急管理局定期组织…", "县市场监管局每季度要…".
HOW_OFTEN = r"(?:(?:定期或不定期|定期|不定期|适时|随时|每(?:年|半年|季度?|月|周|旬))地?)"
HOW_OFTEN_RE = re.compile(HOW_OFTEN)
# When (or in what) the subject does it, before its verb: "小区管委会在业主委员会未建立以前,负责选聘…" (unseen w1030);
# "各示范区在慢性病综合防控方面要…" (unseen w1813), "…在物联网技术推广上要…" (the sixteenth session's probe).
WHEN = (r"(?:在[^，,。；;\n在]{2,24}?(?:以前|之前|以后|之后|期间|过程中|之际|前|时|后|(?:领导|指导|统一组织|组织)下|方面"
        r"|上(?=要(?!求)|应当|应|须|必须))[，,]?"
        r"|(?:收到|接到|受理|接收)[^，,。；;\n]{1,24}?(?:后|之后|以后)[，,]"
        r"|(?:如(?![下实期此何])|若|一旦)[^，,。；;\n]{1,40}?[，,]\s*(?=务必|必须|应当?|须|要(?!求)|立即|及时)"
        r"|自[^，,。；;\n自]{1,24}?之日起[，,]?"
        r"|在(?:本|各自|其)?(?:辖区|行政区域|责任区)内[，,]?)?")  # "区民政部门收到申请材料后,应当…" (unseen w1445); "…自收到…材料之日起15日内…"; a
# where: '各村、社区在辖区内进行一次全面的摸底清查' (unseen w2719); a condition before the modal: "各地林业部门如发现野生动物
# 异常死亡等疑似疫情,务必…报告" (unseen w2648)
# By which parts the subject does it ("县自然资源局分乡(镇)做好排查表", unseen w2729; 分片, 分区域, 分行业, 分批).
_PART = r"分(?:乡(?:[（(]镇[)）]|镇)?|镇(?:街|村)?|村|片区?|区域|行业|领域|批次?|阶段|步骤?)"
BY_PART = (rf"(?:{_PART}(?:、{_PART})*"  # (or several: '县教育局分批、分阶段推进…', the stranger's probe)
           r"(?=做好|抓好|开展|组织|落实|建立|推进|实施|进行|负责|牵头|要(?!求)))")
ADVERB = rf"(?:{ARRANGED})?(?:{SCOPE})?{WHEN}{TOWARD}(?:还|也|均|都|亦|则|主要|具体|直接|全面|重点|至少(?=要|应))?(?:分别(?=牵头|组织|开展|做好|抓好|承担|落实))?{HOW_OFTEN}?{BY_PART}?{MANNER}?"
# Between a subject and its verb: a stop or a colon the scrape put there, or a regulation's comma before 应当/必须/要
# ("乡(镇)人民政府、街道办事处和有关单位,应当按照…", unseen w553; "省级有关部门和社会团体,要根据…", unseen w1571).
BEFORE_VERB = r"(?:[。：:]|[，,](?=\s*(?:应当|必须|(?:都|均|也)?要(?!求))))?\s*"
SUBJECT_VERB = re.compile(r"^" + BEFORE_VERB + ADVERB + VERBS)
# A list of sectors or bodies (A、B等部门, 工会、妇联等人民团体) as subject: its verb may be 协助/配合, and a
# comma may stand before the verb ("…等部门,要按照各自职责…").
LIST_VERBS = r"(?:" + VERBS + r"|协助|配合)"
LIST_SUBJECT_VERB = re.compile(r"^" + BEFORE_VERB + ADVERB + LIST_VERBS)
# A unit name's last character (or 机关: 公安机关, 税务机关; 机构: 各级公共就业服务机构; a level as a body: 各村,
# 村(社区), 各街道, 各地; a bureau's own section, 安监股, 医政科: unit_like turns away 学科, 本科, 控股); 村“两委” with its quote;
# a congress and a political consultative conference by their short names (各级人大, 各市州政协: unseen w1462, w1472).
UNIT_END = (r"(?:(?:[局委办院部心府处司厅社会联组所站署室馆团班门镇乡村位区县市州旗盟指台校宫股科]|(?<!带)队|机关|机构|街道|(?<=镇)街|(?<=人)大|(?<=政)协|(?<=[小中大])学(?![校院生区])|(?<=监测站|服务站|检测站|接种站|采样站)点|(?<=森林公)安|(?<=[水电])厂|(?<=处理)厂|(?<=[林牧农渔茶苗])场|(?<=场)圃|(?<=公路|养护|工务|航道)段|(?<=基)地|(?<=监)狱|(?<=联席)会议|企业|幼儿园|门诊|(?:经济|群众|自治|党|社会|管理|行业)组织|团体|(?<=各)地|(?<=[银分支总])行|运营商|(?<=新闻|主流)媒体"
            r"|(?<=金融|银行|教育|卫生|卫健|公安|政法|司法|税务|交通|民政|人社|医保|水利|电力|电信|通信|邮政|财政|审计|检察|法院)系统"
            r")(?:(?<=委)”)?)")  # banks, carriers and a sector's bodies as a whole as names.ORG_END_RE (unseen w2700, w2707)
# A unit's own subordinates after its name ("县水利局及其下属单位", "市卫健委及所属医疗机构"): part of the subject.
SUBORDINATE_TAIL = r"(?:[及和]其?(?:下属|所属|直属)各?[\u4e00-\u9fff]{0,8}?(?:单位|机构|部门|企业|站所|学校|医院))?"
# A bracket after a unit's name: its other name ("县住建局(人防办)"), or the short name a regulation gives it
# ("市容环境卫生行政主管部门(以下简称市容主管部门)负责…", unseen w616).
NAME_BRACKET = r"(?:[(（](?:以下(?:简称|称)[^()（）]{1,30}|[^()（）]{1,12})[)）])?"
# A note on a name that holds a comma ("区人民政府(含新区管委会,下同)", "市(含行署,下同)"): part of the subject.
SAME_BELOW = r"[(（][^()（）。；;\n]{1,30}?下同[)）]"
SAME_BELOW_RE = re.compile(SAME_BELOW)
SUBJECT_AHEAD = re.compile(r"(?:[^。；;，,\n]|" + SAME_BELOW + r"){0,40}?" + UNIT_END + NAME_BRACKET + SUBORDINATE_TAIL
                           + "(?:" + BEFORE_VERB + ADVERB + VERBS + "|" + _ARRANGED_THEN_ACTS + ")")
# Where a subject may end: a unit's last character, a verb after it.
SUBJECT_END = re.compile(r"(" + UNIT_END + NAME_BRACKET + SUBORDINATE_TAIL + r")(?=" + BEFORE_VERB
                         + ADVERB + VERBS + ")")
# The governments of a level and those above it, as a regulation names them ("县级以上人民政府发展改革、公安…等有关部门
# 应当…", "县级以上地方人民政府教育、卫生健康等部门…"), or every level ("各级公安、民政等部门要…"): each sector's
# department is theirs.
GOVERNMENTS_OF_LEVELS = r"(?:(?:(?:[省市县乡]级|设区的市级?|[省市县](?=以上))(?:以上|及以上)?|各级)(?:地方)?(?:各级)?人民政府|各级(?!人民政府))"
# A list sharing its level and its 部门 ("各市县教育、公安、交通运输部门要…", "武装、公安、武警、消防部门要…";
# "教育、农机、卫生和食品药品等行业监管部门也要…", "市建设及环翠区、高区建设主管部门要…"; "财政、公安…农业农村等其他部门和
# 单位应当…", unseen w1220: each named sector's 部门, the others no one in particular).
# One sector of such a list: two to eight characters (with a note: "农业(农机)", unseen w1484), or two names joined by
# 和 ("人力资源和社会保障", "住房和城乡建设").
_SECTOR_PIECE = r"(?:[\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{1,6}[）)])?|[\u4e00-\u9fff]{2,5}和[\u4e00-\u9fff]{2,5})"
_LAST_SECTOR = r"(?:[\u4e00-\u9fff]{2,8}?(?:[（(][\u4e00-\u9fff]{1,6}[）)])?|[\u4e00-\u9fff]{2,5}和[\u4e00-\u9fff]{2,5}?)"  # ('农业(农机)')
SHARED_AFFIX = re.compile(r"((?:" + GOVERNMENTS_OF_LEVELS + r"|本[省市县区州镇乡](?=[\u4e00-\u9fff]{2})(?![各全])|各?(?:(?:[省县区州镇乡]|市(?![场場])){1,2}(?:[（(][市县区州旗、]{1,5}[）)])?(?:级|直)?|地)?))((?:" + _SECTOR_PIECE + r"、)+" + _LAST_SECTOR + r")(?:[和及]([\u4e00-\u9fff]{2,16}?)(?=等))?(?:等(?:有关|相关|其他|其它)?" + PLAIN_KIND
                          + r"?)?((?:行业|职能)?(?:行政(?:主管|管理)?|主管|监管)?(?:部门|单位)|(?<=[\u4e00-\u9fff]{2})[区县](?:人民)?政府|(?<=等)[局委办])(?:[、和及](?:部门|单位))?"
                          r"(?:[和及]((?:[^、，,。；;\n和及]{2,20}?、)*[^、，,。；;\n和及]{2,20}?))?[，,]?(?=" + ADVERB + LIST_VERBS + "|" + SCOPE
                          + r"[\u4e00-\u9fff])")
# (the issuer's own level, '本市规划、财政…等有关部门', unseen w2588: 本市规划部门 …)
# Units acting each within its own remit, any verb after it ("市住建、质监、工信部门按照各自职责，加强…"): the remit says
# the units before it act, as a role verb would.
SCOPED = re.compile(r"^\s*" + SCOPE + r"(?=[\u4e00-\u9fff])")
# A level's sector and a group of the levels below sharing its department, joined by 和/及 ("市公安和各县（市、区）公安
# 部门要…", "省交通运输及各市交通运输部门要…"): the level's department and the group's.
LEVEL_SECTOR_WITH_GROUP = re.compile(r"([省市县区])([\u4e00-\u9fff]{2,8}?)[和及](各[\u4e00-\u9fff]{1,4}?(?:[（(][^（）()]{1,8}[）)])?)"
                                     r"\2((?:行业)?(?:主管|行政)?部门)[，,]?(?=" + ADVERB + LIST_VERBS + ")")
# A subject list left open by 等 and a group word: "各村、镇监管站、镇畜牧兽医站等镇属相关单位要…".
OPEN_LIST = re.compile(r"([^。；;，,\n]{2,60}?)等([^、，,。；;\n等]{0,8}?(?:单位|部门|团体|组织|机构))[，,]?(?=[。：:]?\s*(?:"
                       + SCOPE + ")?" + MANNER + "?(?:主要负责|牵头负责|负责|要|做好|抓好|牵头|承担|协助|配合|应当|应(?![急用对])|须|必须))")
# Under whose guidance or leadership a subject acts, between it and its verb ("教育、科技等主管部门在本级人民政府管理机关事务
# 工作的机构指导下,开展…", unseen w2046).
GUIDED = r"在[^，,。；;\n]{2,40}?(?:指导|领导|统筹|协调|监督)下[，,]?"
# A subject list closed by 等部门 / 等单位, any verb after it ("…，各乡镇及县交通局等部门加强协作，…"): the
# group word says the names before it are bodies acting; the named units own the clause. Not a clause of a noun
# ("由政府领导牵头，审计、监察等有关职能部门参加的…联席会议制度", blind w566: the verb and 的 say what the system is).
CLOSED_LIST = re.compile(r"([^。；;，,\n]{2,60}?)等((?:相关|有关)?(?:" + BODY_KIND + r"?|(?:行政)?主管)(?:部门|单位))(?=[\u4e00-\u9fff])"
                         r"(?!(?!" + GUIDED + r")[的之于在是和及与为]|[\u4e00-\u9fff]{2}的)")
# A modal between a subject and its 会同 ("各级人力资源社会保障部门要会同财政部门、人民银行分支机构加强…",
# "市住建局应会同市城管局…"): the units after 会同 are its partners, as right after the subject; the subject keeps
# its own role (responsible: it must do it), where "A会同B…" makes A the lead.
MODAL_WITH = re.compile(r"[。：:]?\s*(?:要|应当?|须|必须|将)(?:积极|主动|及时)?(?=会同|协同)")
# A subject list left open by a bare 等 before a verb of acting together ("镇林业站、镇派出所、各村委会等联合开展…",
# "司法所、派出所等联合镇村干部开展…"): the named units own the sentence, as after a ；(``_subjects_in_series``).
JOINT_LIST = re.compile(r"([^。；;，,\n等]{2,60}?)等(?=联合(?!会)|联手|共同)")
# The object of 组织/督促 left open by 等 ("各街道办事处组织工商、行政执法等部门采取…"): sectors, each a 部门.
OPEN_OBJECT = re.compile(r"([^。；;，,\n等]{2,40}?)等(?:相关|有关)?(" + BODY_KIND + r")?((?:行政)?主管部门|行政管理部门|部门|单位)")
# Bare administrative levels listed after 会同 ("区、镇、街道", "各乡镇、村"): the units of each level.
_LEVEL = r"(?:省|市|县|区|乡镇|乡|镇|街道|村|社区)"
LEVEL_LIST = re.compile(rf"各?{_LEVEL}(?:、{_LEVEL})+(?=负责|牵头|配合|参与|落实|实施|[，,])")
# A unit and the levels below it as a sentence's subject: "市政府及各区、镇、街道按照…要求，积极组织…".
LEVELS_SUBJECT = re.compile(rf"([^。；;，,\n及]{{2,20}}?)及(各{_LEVEL}(?:、{_LEVEL})*)"
                            r"(?=按照|要|负责|牵头|积极|切实|认真|组织)")
# A notice's request of those it names: "请各乡镇人民政府…要…", "请县水利局负责…" (unseen w1393): the request no part of a name.
# (or named places: '请宁乡市、浏阳市要继续…', unseen w1811; '请泗县、灵璧县落实…', the sixteenth session's probe)
REQUESTED = re.compile(r"请(?=各|[省市县区乡镇]|[\u4e00-\u9fff]{1,5}?[市县区旗](?:[、和及与][\u4e00-\u9fff]{1,5}?[市县区旗])*"
                       r"(?:要|于|在|务必|尽快|及时|负责|落实|组织|开展|做好|完成|对照|结合|抓紧))")
# Which of a group the sentence is about, before it: "涉及的各乡镇人民政府、村民委员会要加强巡查" (unseen w1325).
INVOLVED = re.compile(r"(?:所?涉及(?:到)?|有关|相关)的(?=各)")
# Whose place the unit is, before it: "服刑在教人员户籍所在乡镇(街道)司法所通过此系统获取…" (unseen w1671): the
# station of the township where the person is registered owns the sentence.
WHERE_REGISTERED = re.compile(r"[^，,。；;\n由]{0,12}?(?:户籍|户口|经常居住地|现居住地|居住地|住所地|居住)所在地?的?"
                              r"(?=[省市县区乡镇街村社各])")
# The part the subject plays, before it: "作为项目建设的各管理和指导单位要加强对试点项目的日常管理…" (unseen w1663).
IN_THE_ROLE_OF = re.compile(r"作为[^，,。；;\n]{2,16}?的(?=各|[省市县区乡镇])")
# What was done to the subject, before it: "被调度的维护保养单位应当采取必要的应急救援措施" (unseen w1652): the unit so
# picked owns the sentence.
DONE_TO = re.compile(r"被[^，,。；;\n的被]{1,10}的(?=[\u4e00-\u9fff])")
# A sentence opened by who leads the work ("在县政府的统一领导下，各相关部门要分工协作…"): its subject, a
# group too, is given the work within that arrangement, no instruction to everyone.
LED_FRAME = re.compile(r"在[^，,。；;\n]{2,24}?的?(?:统一)?(?:领导|指导|指挥)下[，,]\s*")
# The rule a sentence's duty rests on, before its subject ("根据《宣城市生活垃圾分类管理办法》,城市管理部门是…,负责…", unseen
# w1220).
BASIS_FRAME = re.compile(r"(?:根据|依据|按照|依照)" + RULE_TITLE + r"(?:的?(?:有关)?(?:规定|要求))?[，,]\s*")
# A sentence opened by the time or the condition its duty holds for ("清明节期间，区森林防火指挥部组织…",
# "视天气情况，区政府…"): the subject after it owns the sentence (no 在 or unit in the period: "县应急局在汛期
# 期间，要…" is read from its own subject first).
_FROM_DATE = r"(?:自|从)?(?:即日|今年|明年|本月|下月|本年|次年|\d{4}\s*年(?:\d{1,2}月)?(?:\d{1,2}日)?)起[，,]?\s*"  # 即日起A等部门将… (w1001)
# A deadline before the subject ("…建设,2011年底前各区市应至少建立一处示范矫正基地", unseen w1673; "6月底前,县住建局要…").
_BY_DATE = (r"(?:(?:\d{4}\s*年|今年|明年)(?:\d{1,2}\s*月)?|\d{1,2}\s*月)(?:\d{1,2}\s*日)?(?:底|末|上旬|中旬|下旬|上半年|下半年)?"
            r"(?:前|之前|以前)[，,]?\s*(?=[\u4e00-\u9fff])")
TIME_FRAME = re.compile(r"(?:[^，,。；;\n在局委办院部府处司队厅署室馆]{1,10}?(?:期间|前后|时)"  # "发生各类灾害时," (unseen w1210)
                        r"|视[^，,。；;\n]{1,12}?(?:情况|需要)"
                        r"|(?:\d{1,2}月)?\d{1,2}日(?:(?:至|到|[—~-])(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|中午)?)[，,]\s*"  # "23日下午,县卫生局牵头,…",
                        # "9月20日至30日,省住房和城乡建设厅对城市燃气…进行专项抽查" (unseen w1322)
                        r"|" + _FROM_DATE + r"|" + _BY_DATE)
FROM_DATE = re.compile(_FROM_DATE)
# "河宁区作为试点区": the place named as the pilot carries it; not when it is chosen (选择A作为试点).
PILOT = re.compile(r"^[。：:]?\s*[作做]为试点")
CHOSEN = re.compile(r"(?:选择|选取|选定|确定|确立|遴选|推荐|申报|同意|批准|将|把|以)")
# A sentence about the plan itself: "本方案自印发之日起施行", "本通知由A负责解释".
THIS_PLAN = re.compile(r"本(?:实施|工作|行动|专项)?(?:方案|通知|办法|意见|细则|规定|计划|制度|措施)")
INTERPRETS = re.compile(r"负责(?:对?本[^，,。；;]{0,8}?的?)?解释")
# A subject's clause that tells what was done ("A会同B编发了《清单》"): a report, no duty (为了, 了解 are words).
DONE = re.compile(r"(?<![为除])了(?![解如])")
# A body that will oversee the work ("县委督查室将适时开展督查", "县纪委将严肃问责"), not a duty of its own.
OVERSIGHT = re.compile(r"^[。：:]?\s*将(?:适时|定期|不定期|随时|严格|对[^，,。；;]{1,20}?)?(?:开展|进行|组织)?"
                       r"(?:督查|督导|督办|检查|考核|通报|问责|严肃问责|暗访)"
                       r"|^[。：:]?\s*将(?:把|[^，,。；;]{2,30}?)(?:列入|纳入)[^，,。；;]{0,30}?考核")  # "镇党委、政府将把…列入…考核" (unseen w1222)
# "包括A、B…在内的7个部门及C，将联手…": the units included, and those added after 及, as the subject.
INCLUDING = re.compile(r"包括([^。；;，,\n]{2,200}?)在内的[^。；;，,\n]{0,12}?(?:部门|单位|机构)"
                       r"(?:[及和与]([^。；;，,\n]{2,40}?))?[，,]?\s*(?=" + VERBS + ")")
# Each place's own body of one kind ("各乡便民服务中心", "各镇财政所"): named, not everyone (各乡镇, 各部门,
# 各乡镇人民政府: the places themselves).
EACH_BODY = re.compile(rf"各{_LEVEL}(?!人民政府|政府|党委|党工委|部门|单位|机关|干部|群众)[\u4e00-\u9fff]{{2,10}}"
                       r"(?:中心|站|所|队|馆|院)$")
# A group of one kind of body, no place nor everyone: 各有关预防接种门诊, 各县区政府, 各级人民政府 (unseen w568,
# w576); or a group of places, 各村, 各乡镇(街道), 各区(县), 各有关行政村 (``PLACES_GROUP`` and ``GROUP_END_RE``: the
# places' governments or committees; blind w192, w395, w564, w687: the labels of real plans name them owners of
# "各村要…" alone). 各学校, 各部门, 各主管部门, 各单位 alone stay an instruction to all.
PLACES_GROUP = re.compile(r"各(?:有关|相关)?")
# A report sent up by a date, the closing instruction of many plans ("各地各有关部门要于每月25日前将整治进展情况报…").
REPORT_BACK = re.compile(r"[^。；;！!？?\n]{0,60}?(?:将|把)[^。；;！!？?\n]{0,40}?(?:报送|上报|报告|报)(?!名|道|刊|纸|表)")
# How often progress is sent up to whom, and nothing else ('各市州、省直各有关部门每半年向省邮政管理局报送一次工作进展', a
# synthetic plan's closing line).
PROGRESS_SENT_UP = re.compile(r"\s*每[年季月周旬半][^，,。；;！!？?\n]{0,3}?向[^，,。；;！!？?\n]{2,30}?(?:报送|上报|报告|汇报)"
                              r"[^，,。；;！!？?\n]{0,8}?(?:进展|情况|进度)")
# What every place is called on to do, no duty of its own: "各村要高度重视", "各乡镇要加强协作，形成合力", "各乡镇统筹推进…",
# "各村、各有关单位要充分认识做好…工作的重要性" (unseen w1232).
GENERIC_CALL = re.compile(r"[。：:]?\s*(?:也|还|均|都)?(?:要|应当?|须|必须|务必|将)?\s*(?:按照?(?:各自)?职责(?:分工)?[，,]?\s*)?"
                          r"(?:高度重视|统一思想|(?:切实)?提高(?:思想|政治)?(?:认识|站位)|(?:充分|深刻)认识|(?:切实)?加强(?:组织)?领导|(?:抓好|狠抓|切实)落实"
                          r"|加强(?:沟通|协作|配合|协调)|加强管理(?=[。；;，,]|$)|密切配合|通力(?:合作|协作)|形成(?:工作)?合力|统筹推进|认真(?:组织|落实|贯彻)|确保完成"
                          r"|精心组织|明确[^，,。；;]{0,6}?(?:牵头|责任)单位)")


# A clause that only calls on everyone: to realise what matters ("要充分认识做好防治工作的重要性", "要深刻认识…形势"), to act
# within one's remit ("要按照职责分工"), to lead and answer for it ("强化领导", "明确责任").
CALL_CLAUSE = re.compile(r"(?:要|应当?|须)?\s*(?:(?:充分|深刻|进一步)?认识[^，,。；;]*|按照?(?:各自)?职责(?:分工)?"
                         r"|(?:强化|加强)(?:组织)?领导|(?:明确|落实|压实)(?:工作)?责任)")


def only_calls(sentence: str) -> bool:
    """The words after a subject are calls on everyone (``GENERIC_CALL``, ``CALL_CLAUSE``), clause by clause, to the
    sentence's end ("要高度重视,加强领导。", "要按照职责分工，抓好落实"), no duty ("要认真组织开展网络安全宣传周活动",
    "要高度重视禁毒宣传工作")."""
    clauses = [c.strip() for c in re.split(r"[，,]", re.split(r"[。；;！!\n]", sentence)[0]) if c.strip()]
    return all(CALL_CLAUSE.fullmatch(c) or (m := GENERIC_CALL.match(c)) and m.end() == len(c) for c in clauses)


# Everyone, no kind of body named: 各部门, 各有关单位, 各级, 县直各部门, 各职能部门, 各主管部门, 全村, 各地区各部门 (a
# group of one kind, 各成员单位, 各接种单位, 各行业管理部门, 各学校 (unseen w1015), owns its sentence as a group of places
# does; 各地 or 各地区 alone is a group of places, ``places_group``).
EVERYONE = re.compile(r"(?:(?:[省市县区乡镇](?:直|级|直属)?)?(?:各(?:级|地|地区|方面|部门|单位|部门单位|职能部门|主管部门|责任单位)"
                      r"|全(?:[省市县区镇乡村级]|社区)|各?(?:有关|相关)(?:责任|职能)?(?:部门|单位)?))+")  # 各地区各部门: two run together
KIND_OF_BODY = re.compile(r"各(?:级|有关|相关)?[\u4e00-\u9fff（）()]{0,12}?(?:人民政府|政府|门诊|医院|卫生院|中心|站|所|局|委员会)")
WHOLE_PLACE = re.compile(r"[全本我][省市县区镇乡]")  # 全区要…, 本县将…: the place as a whole
# '政府部门的职责是…': the government at large, no unit (not 政府各部门, every department, a list: blind w93).
GOVERNMENT_AT_LARGE = re.compile(r"(?:人民)?政府(?:部门|机构)")
# 由A和B + a verb with no role word ("由交管部门和教育部门清查…"): each name ends as an office does.
# (和 inside a name, not after a body's last word: 县文化和旅游局, 住房和城乡建设局; 县公安局和县交通局 are two)
# (向 ends the office before the one it reports to: '由学校向镇政府报告', unseen w993; 向阳社区 keeps its own)
# A party committee's department named after it (市委宣传部, 县委编办): the committee's name goes on ("由市委宣传部部署,…",
# blind w880: not 市委 doing 宣传部部署).
PARTY_DEPARTMENT = r"(?:宣传部|组织部|统战部|政法委|编办|网信办|农办|外办|社会工作部|老干部局|巡察办|督查室|党校|党史)"
_OFFICE = (r"(?:[^，,。；;和及与、由向]|向(?=[阳东西南北前荣华明])|(?<![局委办厅部心队司府站所院馆社])和){1,20}?"
           rf"(?:部门|局|委(?![办员会]|{PARTY_DEPARTMENT})|委员会|政府|办公室|办事处|办(?![公事])|中心|大队|支队|公司|集团(?![化军])|管委会"
           r"|小组|指挥部|专班|机关(?![\u4e00-\u9fff]{1,8}?(?:部门|局|科|队|所|中心))"
           r"|站(?![点台岗])|所(?![有在属以得需])|馆|院(?![落子内])|社(?![会区部局厅保])|队(?![伍员])"
           r"|科(?![学技研普教])|股(?![份权东])|室(?![内外])|(?<=[学党])校(?![园区内外长舍车])|(?<=[传战织装武])部(?![署分门])"
           r"|(?<=[^由各][\u4e00-\u9fff])(?:镇|乡|街道)(?![政党长区村级内域居民人办镇])(?=[\u4e00-\u9fff]))")  # a town by its
# name ('由中和镇按照属地原则开展…', blind w1944; not 城镇, 乡镇: those read as before); a
# party committee's department after 由 (由县委宣传部、县委统战部…联合组织…, unseen w1750); a hospital's or bureau's
# 科, 股, 室 (probe s98); a school (由学校向…报告, 由党校负责…); 机关 ('由税务机关负责…', unseen w1503), not before an office
# of its own ('由公安机关交通管理部门依法查处')
# Levels sharing the body after them ("由区、县(市)水行政主管部门审批", unseen w757): each level's body.
_LEVELS_SHARING = rf"(?:各?{LEVEL_WITH_PAIR}、(?:{LEVEL_WITH_PAIR}、)*)?"  # ("由各区、县编委…核定", unseen w1361)
CLOSED_BY_GROUP = re.compile(CLOSING_GROUP)  # "由A、B等有关部门…": 等 leaves the list after 由 open
# A level with its bracket before the office ('由县(市、区)民政部门根据各地实际制定', '由乡(镇)人民政府…', unseen w1362).
_LEVEL_BRACKET = r"(?:[省市县区州旗乡镇][（(][市县区州旗乡镇、]{1,6}[）)])?"
# The levels an office's bracket names after it: '由街道办事处(社区、村)对其家庭收入情况进行审核' (unseen w1444).
_OFFICE_LEVELS = r"(?:[（(](?:街道|乡镇|社区|村|居|镇|乡)(?:、(?:街道|乡镇|社区|村|居|镇|乡))*[）)])?"
DONE_BY = re.compile(rf"由(?![于此])({_LEVELS_SHARING}{_LEVEL_BRACKET}(?:{_OFFICE}[和及与、])*(?:“[^“”\n]{{2,16}}”)?{_OFFICE}{_OFFICE_LEVELS})(?!办公室|成员单位|委(?![托派员]))(?=[\u4e00-\u9fff])")
# (a campaign's slogan may open the last office's name: '由“把锦绣写在长兴大地上”十五项综合整治工作办公室将…', unseen w2654;
# a body's office or members after its name go with it: '由领导小组办公室启动…', unseen w1162, not 领导小组; and so do
# the committees after the offices, '由乡镇办委统筹安排', unseen w1216; not 委托/委派: '由县教育局委托第三方…')
# "由村统一收集…上报", "必须先由各村进行核实": a village (or community) after 由 and before its verb, not the
# villagers, its cadres or a village-level body (村民, 村干部, 村主任, 村级, 村组).
GRASSROOTS_BY = re.compile(r"由(各?(?:村|社区)(?:委会|居委会|民委员会)?)(?![民干主书组级庄镇长务里内外会支医官])(?=[\u4e00-\u9fff])")
# 由A主要负责人担任, 由某某兼任办公室主任, 由A局长某某任组长, 成员由A负责人组成, 组建由A组长和各部门负责同志为成员的…
# (unseen w555): a post filled, no duty.
APPOINTED = re.compile(r"担任|兼任|出任|组成|任(?:办公室|领导小组|工作组|小组|专班|指挥部|委员会)?(?:常务)?副?(?:组长|主任|指挥长|总指挥|召集人)|(?:为|作为)(?:具体|主要)?成员")
POST_FILLED = re.compile(r"担任|兼任|出任")  # inside what reads as a name: someone filling a post
# A subject that helps: "A协助…", "A积极配合…" (after a modal, "A要配合做好…", the sentence is its own duty).
HELPS_AS_SUBJECT = re.compile(r"^[。：:]?\s*" + ADVERB + r"(?:协助|配合|协同(?=[^，,。；;\n]{0,20}?(?:实施|执行)(?:本|该)))")
# ('…等有关部门按照各自职责,协同实施本办法', unseen w2588, w2591: the departments that work with the rule's own body; not
# '…等部门按照职责,协同做好相关工作', blind w545: doing the work together, responsible)
# 由A于…, 由A的…: no duty's verb after the units; …打击娱乐场所内的…: a place inside the duty's object
NOT_A_VERB = re.compile(r"[于此的在是内外里]")
# "由公安机关核发的…证明" (blind w582): what the units issue, a noun's attribute, no duty; a law's sanction ("构成犯罪的,
# 由司法机关依法追究刑事责任", "由公安机关依法给予治安管理处罚": blind w495), no task of a plan.
ATTRIBUTIVE = re.compile(r"(?:依法)?[\u4e00-\u9fff]{1,3}的")
LIABILITY = re.compile(r"(?:依法)?(?:追究(?:其)?(?:刑事|法律)?责任|给予(?:治安(?:管理)?)?处罚|予以处罚|处以)")
# "由县教育局于6月底前完成…", "由各街道办事处在年底前…": the time the units do it by, between them and the verb.
BY_A_TIME = re.compile(r"[于在](?:\d{4}\s*年)?[^，,。；;\n由]{1,14}?(?:前|底|内|以前|之前)(?=[\u4e00-\u9fff])"
                       # or where they do it: '…宣传内容由县融媒体中心在县级平台统一编排发布' (unseen w2731)
                       r"|在[^，,。；;\n由在的]{1,12}?(?:平台|网站|系统|辖区|区域|范围)[内上中]?(?=[\u4e00-\u9fff])")
COUNTED_BODIES = re.compile(r"[一二三四五六七八九十两几多\d]+个?(?:部门|部委|单位|厅局|委办局)")
SETS_UP = re.compile(r"[。：:]?\s*(?:设立|设置|成立|组建)")
SELF_GOVERNING = re.compile(r"(?:人民)?政府|(?!各)[\u4e00-\u9fff]{0,8}?(?:开发区|园区|新区)?管委会")  # a plan's own government, unnamed
ISSUER = re.compile(r"[省市县区](?:人民)?政府(?:办公室|办公厅)?")  # a plan's issuer, or its office
LEADING_ROLES = ("lead", "responsible")
# What follows a notice's addressees ("局机关各科室、各企事业单位：为做好…", "…：现将《方案》印发给你们").
NOTICE_OPENING = re.compile(r"\s*(?:为(?:了|做好|进一步|切实|确保|加强|全面|深入|推进|认真)|现将|现就|经[^，,。；;]{1,12}?同意)")
HEAD_UNIT = re.compile(r"([^：:，,。；;\n]{2,40}?(?:[，,][^：:，,。；;\n]{2,40}?)*)\s*[：:]\s*(?=[^\s：:])")  # "交通部门：" heading its paragraph
HEAD_SENTENCE = re.compile(r"([^：:，,。；;\n]{2,40}?)\s*(?:。|(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff]))\s*(?=[^\s：:])")  # "区住建局。
# 排查…": a sentence of units; '三.县发改管理部门.严格执行…' (a point for the stop, the stranger's probe)
# "一、县水务管理部门，负责对饮用水水资源…" (unseen w2630): the units, a comma, then their duty; taken only for a level's
# body before a duty's words (``_head_before_comma``), not before more names ('县政府，各乡镇人民政府：').
DUTY_MANNER = re.compile(r"(?:严格|积极|认真|切实|主动|依法|全力|大力|及时)[\u4e00-\u9fff]{2}")  # '，严格控制…', '，积极调整…'
HEAD_COMMA = re.compile(r"([^：:，,。；;\n]{2,40}?)\s*[，,]\s*(?=[^\s：:，,])")
# "区建设局的职责，一，对…" (an article whose colon a mirror turned into a comma or stop): a
# heading that says it is a unit's duties needs no colon.
# The name is followed by 的, or ends as a body does (局, 委, 办 …): "厘清部门职责。" is a task's words.
HEAD_DUTIES = re.compile(r"([^：:，,。；;\n]{1,40}?(?:[^：:，,。；;\n]的|[局委办所站院队会处科室心司])(?:主要|工作)*职责)"
                         r"\s*[，,。.．；;\s]\s*(?=[^\s：:])")
# A person as a sentence's subject ("村(社区)党组织书记对本村…负总责", "校(园)长要…"): an owner of no unit.
PEOPLE = r"(?:书记|校长|园长|院长|主任|组长|站长|所长|队长|负责人|干部|班子成员|[几幾四五]大班子|班子领导|[县区市镇乡村]长)"
PEOPLE_AFTER = re.compile(rf"[^，,。；;]{{0,6}}?(?:{PEOPLE}|领导(?:带队|同志|干部)|带队)")  # a unit's people after its name
# (各乡镇主要负责人…; "区委、区政府、区武装部领导带队走访慰问…", blind w1051)
PERSON_LED = re.compile(r"[^。；;，,\n]{0,30}?" + PEOPLE + r"(?:[(（][^()（）]{1,4}[)）])?[^。；;，,\n]{0,40}?(?:负总责|负责|要(?!求)|牵头)")
# A sentence that names the owners of the one before it: "这项工作由A负责" (此项任务, 上述工作 …).
BACK_REFERENCE = re.compile(r"(?:这|此|该|上述|以上)(?:一|两|几)?项?(?:工作|任务|指标|目标)(?=由)")
# "乡(镇)人民政府的工作职责", "县教育局主要职责", "乡政府责任目标", "村委会的工作任务": whose duties follow.
DUTY_HEADING = re.compile(r"的?(?:主要)?(?:工作)?(?:职责|责任|任务)(?:[、和及与]?(?:目标|任务|清单))?$")  # 职责、任务 (w490)
ANY_DEPARTMENT = re.compile(r"(?:各|相关|有关|内设)?(?:职能)?(?:部门|单位|机构|科室|处室)?")  # "部门职责", "机构职责": no one's in particular
BODY_HEADING = re.compile(r"(?:小组|专班|指挥部)$")  # "（二）成立领导小组": a heading about a body, not its owner



def find_owner_markers(text: str, unit_like: Callable[[str], bool], groups_alone: bool = False,
                       plain_verbs: bool = False) -> list[Marker]:
    """Every owner marker of a paragraph: labels and brackets (``.markers``), and
    the prose forms here when the paragraph has none of those (``plain_verbs``: in a
    page that writes its owners in prose only, ``owners_in_prose_only``)."""
    markers = find_markers(text, unit_like)
    if any(m.has_owners for m in markers):
        return _headed_partners(text, markers, unit_like)
    return sorted(markers + find_prose_markers(text, unit_like, groups_alone, plain_verbs), key=lambda m: m.start)


def _headed_partners(text: str, markers: list[Marker], unit_like: Callable[[str], bool]) -> list[Marker]:
    """'县财政局：负责项目资金筹措和拨付（县审计局配合）' (the probe of the twentieth session): brackets naming partners
    only in a paragraph its unit heads with a colon; the head is the owner of what they annotate, beside them."""
    if any(m.roles.get(r) for m in markers for r in LEADING_ROLES):
        return markers
    opening = SENTENCE_START.match(text)
    start = opening.end() if opening is not None else 0
    head = _head_unit(text, start, unit_like) if HEAD_UNIT.match(text, start) else None
    if head is None:
        return markers
    return [replace(m, roles={**head.roles, **m.roles}) if m.has_owners else m for m in markers]


def owners_in_prose_only(texts: Iterable[str], unit_like: Callable[[str], bool]) -> bool:
    """No paragraph of a page names an owner in a label line (责任单位：…), an inline label or a bracket
    (``.markers``): a news item, a notice, a plan whose owners are all written in its sentences. There a
    named unit opening a sentence with a plain verb is the sentence's owner (``_plain_subject``)."""
    return not any(parse_line_marker(t) or any(m.has_owners for m in find_markers(t, unit_like)) for t in texts)


def paragraph_markers(text: str, unit_like: Callable[[str], bool], groups_alone: bool = False,
                      plain_verbs: bool = False) -> list[Marker]:
    """``find_owner_markers`` a paragraph (line) of ``text`` at a time: a paragraph's own
    prose annotation counts though another paragraph has a bracket, and so does a label
    that ends a paragraph before later brackets (plain paragraphs, each its own task)."""
    out: list[Marker] = []
    pos = 0
    for line in text.split("\n"):
        out += [replace(m, start=m.start + pos, end=m.end + pos, roles=_bodies_named_again(m, line, unit_like))
                for m in find_owner_markers(line, unit_like, groups_alone, plain_verbs)]
        pos += len(line) + 1
    return out


# A body named again by its kind ('这一领导小组将全面指导…', unseen w2277; '该指挥部负责…'): the one the text set up before.
NAMED_AGAIN = re.compile(r"^(?:这一|这个|该|此|上述)(?=[\u4e00-\u9fff]{2,10}$)")
SET_UP_VERB = r"(?:成立|组建|设立|建立)了?([^，,。；;\n由了]{2,30}?"
LOOK_BACK = 2000  # characters before the body named again in which it was set up (a line that never stops: linear)


def _bodies_named_again(marker: Marker, line: str, unit_like: Callable[[str], bool]) -> dict[str, list[str]]:
    """The marker's roles with a body named again by its kind as the line set it up before ('…成立了市邮政业安全监管
    工作协调领导小组,…。这一领导小组将…' -> 市邮政业安全监管工作协调领导小组) when that reads as a name, else by its
    kind alone (领导小组)."""
    if not any(NAMED_AGAIN.match(u) for texts in marker.roles.values() for t in texts for u in t.split("、")):
        return marker.roles
    before = line[max(0, marker.start - LOOK_BACK):marker.start]
    return {r: ["、".join(_set_up_as(u, before, unit_like) for u in t.split("、")) for t in texts]
            for r, texts in marker.roles.items()}


def _set_up_as(unit: str, before: str, unit_like: Callable[[str], bool]) -> str:
    again = NAMED_AGAIN.match(unit)
    if again is None:
        return unit
    kind = unit[again.end():]
    found = list(re.finditer(SET_UP_VERB + re.escape(kind) + r")(?![\u4e00-\u9fff])", before))
    if found and unit_like(found[-1].group(1)):
        return found[-1].group(1)
    return unit if kind in ("机构", "单位", "部门", "组织", "机关") else kind  # ('由该机构负责…': read as before, downstream)


# "一、县示范区管委会牵头工作(8项)", "（二）县住建局负责的任务": a part of a list grouped by its lead unit.
ROLE_HEADING = re.compile(r"(?<=[\u4e00-\u9fff）)])(牵头|负责|承办|主办|主责)的?(?:工作|事项|任务|项目)(?:清单)?"
                          r"\s*(?:[（(]\s*(?:共\s*)?\d{1,3}\s*项\s*[)）])?$")


# A verb of a duty before the unit it acts on, read as a subject's name ("支持政府依法履行…", "督促企业落实…").
VERB_BEFORE_UNIT = re.compile(r"(?:支持|督促|协助|配合|帮助|推动|要求|鼓励|引导|指导(?!组|站|中心|办))")
# A post's duties ("副组长职责", "河长职责", "联络员职责"): a person's, no unit's with a topic after it.
POST_END = re.compile(r"(?:长|员|人|主任|书记|干部)$")
# "<units><topic>责任主要包括：" / "…职责如下：" heading the numbered duties below it.
DUTIES_INCLUDE = re.compile(r"(?:职责|责任)(?:主要)?(?:包括|如下|有)$")


def _units_before(text: str, unit_like: Callable[[str], bool]) -> str:
    """The longest start of ``text`` (at least two characters) that is only units: "各级党委和政府乡村振兴" ->
    各级党委、各级政府."""
    for end in range(len(text), 1, -1):  # a body's name ends as a body does, not in its duties' topic (…乡村)
        if (ORG_END_RE.search(text[:end]) and not ANY_DEPARTMENT.fullmatch(text[:end])
                and not across_the_end(text, end)
                and len(text) - end <= 8 and (units := _heading_units(text[:end], unit_like))):
            return units
    return ""


def heading_role(rest: str) -> str:
    """The role a heading gives its units: lead for "A牵头工作(8项)", else responsible."""
    m = ROLE_HEADING.search(rest.strip().rstrip("：:"))
    return "lead" if m is not None and m.group(1) == "牵头" else "responsible"


def owner_heading(rest: str, unit_like: Callable[[str], bool], duties_below: bool = False) -> str:
    """"县教育局：" (or "乡镇人民政府", no colon) as an item's or a part's whole heading, its
    duties listed under it: the units, or "". A body set up for the work (领导小组, 专班) is
    no owner heading without its colon, unless ``duties_below`` (its next line opens with 负责: "(1)监测预警小组⏎负责…").
    A heading naming duties may close with a stop ("（一）各县(区)政府工作责任。")."""
    opening = OPENING_UNITS.match(rest) if DUTIES_LEAD_IN.search(rest) else None
    if opening:  # "1.市、县统计机构,执行综合统计职能,…。主要职责是:" over (1)…(10) (unseen w561)
        units = _heading_units(opening.group(1), unit_like)
        return units if units and not all(is_group(u) for u in split_cell(units)) else ""
    stopped = rest.rstrip().removesuffix("。")
    if stopped != rest.rstrip() and not DUTY_HEADING.search(stopped):  # "(1)市林业局。⏎负责…" (unseen w460): units alone
        m = re.fullmatch(r"\s*([^：:，,。；;]{2,40})", stopped)
        if m is None or not duties_below and (BODY_HEADING.search(m.group(1)) or _bare_short_form(m.group(1))):
            return ""  # '(二)市场监管。市农业局负责…' (unseen w2208): a topic's title, though 市场监管 is also a bureau's short name
        return _heading_units(m.group(1), unit_like)
    rest = stopped if stopped != rest.rstrip() else rest
    m = re.fullmatch(r"\s*([^：:，,。；;]{2,60}?)\s*([：:]?)\s*", rest) if _may_be_heading(rest) else None
    duties = (DUTY_HEADING.search(m.group(1)) or ROLE_HEADING.search(m.group(1))) if m is not None else None
    if duties:  # "（二）乡(镇)人民政府的工作职责": the unit whose duties follow
        name = m.group(1)[:duties.start()]  # "一、乡(镇)人民政府、街道办事处消防安全工作职责": their duties' topic after them
        if ANY_DEPARTMENT.fullmatch(name):
            return ""
        return _heading_units(name, unit_like) or (_units_before(name, unit_like) if not POST_END.search(name) else "")
    listed = DUTIES_INCLUDE.search(m.group(1)) if m is not None and m.group(2) else None
    if listed:  # "各级党委和政府乡村振兴责任主要包括：": the units before the topic of their duties
        return _units_before(m.group(1)[:listed.start()].removesuffix("的"), unit_like)
    if m is None or not m.group(2) and not duties_below and BODY_HEADING.search(m.group(1)):
        return ""
    if PAGE_PART.fullmatch(m.group(1).strip()):
        return ""  # '二、内设机构' over the sections a 三定 page lists (unseen w1797): a part of the page, no unit
    return _heading_units(m.group(1), unit_like)


# A kind of body named by what it does, no body in particular ('(一)管理机构。各级农业农村行政主管部门具体负责…', unseen
# w2414): an item's title, as a short form alone may be, not the unit of the sentence it ends.
KIND_TITLE = re.compile(r"(?:管理|工作|办事|议事|监管|执法|职能|主管|服务|专门|常设|组织|责任|实施|协调|领导|行政|业务)+"
                        r"(?:机构|部门|单位|主体)")


# The work an item is about, its place after it ('(一)整治居民区。各乡镇政府负责…', unseen w2450): a title, though 居民区
# ends as a place does; not a body for such work (整治办, 整治指挥部).
WORK_TITLE = re.compile(r"(?:整治|治理|清理|规范|整顿|改造|打造|创建|保护|美化|亮化|绿化|硬化|净化|提升|建设|管理)"
                        r"(?!办|局|委|中心|指挥部|领导小组|工作组|专班|小组)[\u4e00-\u9fff]{2,}")


def _bare_short_form(name: str) -> bool:
    """A lexicon short form written alone, with or without its level ('市场监管', '县应急'): a title's topic as often as a
    unit's name."""
    return without_level(name.strip()) in SHORT_FORMS


# A 三定 page's parts after its duties: what the body is made of, no unit's heading.
PAGE_PART = re.compile(r"(?:内设|下属|直属|所属)(?:机构|单位)(?:设置)?|机构设置|人员编制|领导职数|编制和领导职数")


# The end of a text that opens the duties listed under it ('…应当履行下列职责:', '主要职责是:', '负责以下工作：'), and
# the units such a text opens with, before a comma or what they are ('市、县统计机构,执行…', '统计机构是…').
# ('…履行下列消防安全职责:', unseen w603: the duties' field between 下列 and 职责)
DUTIES_LEAD_IN = re.compile(r"(?:履行|承担|负责|做好|具体)?(?:下列|以下|如下)(?:主要)?[\u4e00-\u9fff]{0,8}?(?:职责|职能|工作|事项|任务)[：:]\s*$"
                            r"|(?:应当|应|要|负责)[\u4e00-\u9fff]{0,6}?(?:下列|以下|如下)[\u4e00-\u9fff]{1,16}[：:]\s*$"  # …组织实施下列…建设:
                            r"|(?:主要)?(?:工作)?(?:职责|职能|任务)(?:是|为|如下|包括(?:(?:下列|以下|如下)(?:主要)?(?:内容|方面|事项))?)[：:]\s*$")
# (街道办事处的任务如下:, unseen w1786; '…的职责包括下列内容:', the second probe of the seventeenth session)
# A unit's role stated at the end of an item over numbered duties ('(一)区水务局为…工作的牵头、协调单位。⏎1、具体负责…',
# unseen w1621): the statement is its task, and each duty under it the unit's too.
ROLE_STATED_OVER_DUTIES = re.compile(r"(?:是|为|作为)[^，,。；;\n]{0,30}?(?:牵头|责任|主责)(?:[、和](?:协调|责任|主责))?(?:责任)?"
                                     r"(?:部门|单位)[。：:]?\s*$")
OPENING_UNITS = re.compile(r"\s*([^，,。；;：:\s]{2,30}?)(?:[，,]|(?=是|为|作为))")
# A line that is a heading's duty ("负责接收上级防指…"): what makes a body named alone above it its owner.
DUTY_LINE = re.compile(r"\s*(?:主要)?负责(?!人)(?=[\u4e00-\u9fff])")


def opens_with_duty(text: str) -> bool:
    return DUTY_LINE.match(text) is not None


def _may_be_heading(rest: str) -> bool:
    """Whether owner_heading's pattern can match ``rest`` at all: its words (what is left
    without the spaces around it and one last colon) are 60 characters at most, with no
    colon, comma or stop. Checked first, as the pattern backtracks through every split of
    a long run of spaces before it fails (quadratic: 8,000 spaces took 10 s)."""
    core = rest.strip()
    if core.endswith(("：", ":")):
        core = core[:-1].rstrip()
    return len(core) <= 60 and not any(c in core for c in "：:，,。；;")


# Bare levels opening a list, before the level whose body they share ('各市州、 县市区人民政府', blind w2148).
BARE_LEVELS_FIRST = re.compile(r"各?(?:自治州|市州|县市区|[省市县区州旗盟])(?:[（(][市县区旗、]{1,6}[）)])?、\s*(?:各?(?:自治州|市州|县市区|[省市县区州旗盟])"
                               r"(?:[（(][市县区旗、]{1,6}[）)])?、\s*)*[^、]")


def _heading_units(name: str, unit_like: Callable[[str], bool]) -> str:
    """A heading's or a subject's units as a list; levels sharing one name are each a unit
    ("区、县(市)救助中心和街道(乡镇)、社区救助站" -> four); sectors sharing one 部门 each that sector's
    department (an article '第十四條 建設、規劃、城管部門職責' over its numbered duties, w273); "" when some piece is no unit."""
    one_rank = levels_sharing_one_name(name)  # "各街道和镇社会事务部门": each level's, though the whole reads as one
    if one_rank and all(unit_like(u) for u in one_rank):
        return "、".join(one_rank)
    places = places_sharing_body(name)  # "东区、南区和西区管委会": each place's 管委会, though 东区 reads as a unit
    if places and all(unit_like(u) for u in places):
        return "、".join(places)
    levels = shared_level_units(re.sub(r"、\s+", "、", name)) if BARE_LEVELS_FIRST.match(name) else []
    if levels and all(unit_like(u) for u in levels):
        return "、".join(levels)  # "各市州、县市区人民政府", "自治州、县(市)人民政府": each level's, though 各市州 reads as a unit
    if _all_units(name, unit_like):
        return name
    sectors = sectors_sharing_body(name)  # "建设、规划、城管部门职责" (w273's articles): each sector's 部门, bare sectors no unit
    if sectors and all(unit_like(u) for u in sectors):
        return "、".join(sectors)
    shared = shared_level_units(name)
    return "、".join(shared) if shared and all(unit_like(u) for u in shared) else _units_and_sectors(name, unit_like)


def _units_and_sectors(name: str, unit_like: Callable[[str], bool]) -> str:
    """A list of units with bare sectors among them, each sector its 部门 ('宣传部、广电、文联、网络中心和各单位要…',
    unseen w2333: 广电部门), or ""."""
    pieces = [p for p in re.split(r"[、和及与]", name) if p]
    if len(pieces) < 2 or "等" in name:
        return ""  # ('公安机关和金融、电信等行业监管部门': sectors sharing the body after 等, ``sectors_sharing_body``'s)
    named = [p if unit_like(p) or is_group(p) else p + "部门" if is_sector(p) else "" for p in pieces]
    sectors = sum(n != p for n, p in zip(named, pieces))
    return "、".join(named) if all(named) and sectors and any(unit_like(p) for p in pieces) else ""


def find_prose_markers(text: str, unit_like: Callable[[str], bool], groups_alone: bool = False,
                       plain_verbs: bool = False) -> list[Marker]:
    """Prose annotations and unit subjects at the sentence starts of ``text``. A group
    as a sentence's subject ("各乡镇、各职能部门要…") owns its sentence only beside other
    owners: one clause of a paragraph that gives its duties out subject by subject; alone
    (各部门要高度重视…) it is an instruction to all. With ``plain_verbs`` a named unit
    before a plain verb of a duty owns its sentence too (``_plain_subject``)."""
    out = _prose_markers(text, unit_like, groups=False, plain_verbs=plain_verbs)
    shares = place_shares(text)  # places given a share each ('浙江、福建、广东,每省建立2个…')
    if not out and not shares and not groups_alone:  # ``groups_alone``: an item beside items opened by named units
        return _topics_by(text, [], unit_like) or _later_points(text, [], unit_like)  # a topic then 由, each
        # sentence's, where nothing else names an owner; a series of points whose first names them
    out = _prose_markers(text, unit_like, groups=True, plain_verbs=plain_verbs)
    series = _subjects_in_series(text, out, unit_like)
    found = out + series + _sentences_after(text, out + series, unit_like)
    found = [f for f in found if f.kind != "subject" or _apart(shares, [f])]  # a share's places read whole, not a subject
    found = sorted(found + _apart(found, shares), key=lambda m: m.start)  # cut from them ('城关镇、张家镇|、李家镇各…')
    found = _partners_not_again(text, found)
    topics = _topics_by(text, found, unit_like)
    starts = [t.start for t in topics]
    found = [f for f in found if not _inside_one(f.start, topics, starts)]  # a subject inside a topic read
    found = sorted(found + topics, key=lambda m: m.start)
    return _past_signs(text, sorted(found + _later_points(text, found, unit_like), key=lambda m: m.start)) or _topics_by(
        text, [], unit_like)


# Points of a series in running text, each opened by 一是, 二是 …: '陈震大队长要求,一是通讯运营商、银行加强内部管理…;二是对…
# 要及时抄送…;三是持续开展…' (unseen w2707), '要求各市(区)盐业主管部门、各食盐批发企业,一是…;二是…' (blind w2699).
POINT_MARK = re.compile(r"(?:^|(?<=[，,：:；;。\s]))([一二三四五六七八九十])是(?=[\u4e00-\u9fff])")
# A point opened by words of its own before its modal ('二是公安、文化、工商要继续加强…', blind w392), not by what it is
# about ('二是对省公司推送的可疑账号要及时抄送…').
POINT_OWN_SUBJECT = re.compile(r"(?!对|在|按|根据|围绕|针对|结合|把|将|以|为|从|于)[^，,。；;\n]{2,20}?(?:要(?!求)|负责|应当|必须|须)")
ASKED_BEFORE_POINTS = re.compile(r"要求([^，,。；;：:\n]{2,40}?)[，,：:]\s*$")
POINT_NUMBERS = "一二三四五六七八九十"


def _point_series(text: str) -> list[re.Match[str]]:
    """The marks of the first series 一是, 二是 … in order in ``text`` (two at least), or []."""
    series: list[re.Match[str]] = []
    for m in POINT_MARK.finditer(text):
        n = POINT_NUMBERS.index(m.group(1)) + 1
        if n == len(series) + 1:
            series.append(m)
        elif n == 1 and len(series) < 2:
            series = [m]
    return series if len(series) >= 2 else []


def _later_points(text: str, found: list[Marker], unit_like: Callable[[str], bool]) -> list[Marker]:
    """A series' later points with no owner of their own are the owners' of the first: those who open it (a named
    unit before any verb of a duty) or those a request names right before it. Markers at each such point's mark
    (and at the first's, for a request's units), so that each point is a task."""
    series = _point_series(text)
    if not series:
        return []
    ends = [m.start() for m in series[1:]] + [_point_end(text, series[-1].end())]
    owned = [any(f.has_owners and series[k].start() <= f.start < ends[k] for f in found)
             or k > 0 and POINT_OWN_SUBJECT.match(text, series[k].end()) is not None for k in range(len(series))]
    if any(owned[1:]):
        series = series[:owned.index(True, 1)]  # a later point naming its own subject ends the first's ('三是…公安机关要…')
    first = next((f for f in found if f.has_owners and series[0].end() <= f.start <= series[0].end() + 1), None)
    out: list[Marker] = []
    if first is None and not owned[0]:
        roles = _opening_units(text, series[0].end(), ends[0], unit_like) or _asked_units(text, series[0].start(), unit_like)
        if not roles:
            return []
        out.append(Marker(series[0].start(), series[0].start(), roles, "subject"))
    elif first is not None and not all(_everyone_of_a_kind(split_cell(t)) for v in first.roles.values() for t in v):
        roles = first.roles  # (not everyone: '一是各成员单位要增强大局意识…。二是强化组织领导…', unseen w2709)
    else:
        return []
    return out + [Marker(m.start(), m.start(), {r: list(v) for r, v in roles.items()}, "subject")
                  for k, m in enumerate(series[1:], 1) if not owned[k]]


POINTS_END = re.compile(r"[。\n]")


def _point_end(text: str, at: int) -> int:
    """Where a series' last point ends: its sentence's stop, its line's end, or the text's."""
    stop = POINTS_END.search(text, at)
    return stop.end() if stop else len(text)


def _opening_units(text: str, at: int, end: int, unit_like: Callable[[str], bool]) -> dict[str, list[str]]:
    """The named units opening a point before a plain verb of a duty ('一是通讯运营商、银行加强内部管理'), or {}."""
    stop = SEGMENT_END.search(text, at, end)
    name = _plain_head(text, at, stop.start() if stop else end, unit_like)
    units = _heading_units(name, unit_like) if name else ""
    pieces = split_cell(units)
    if not units or any(_everyone_of_a_kind([u]) for u in pieces) or any(WHOLE_PLACE.match(u) for u in pieces):
        return {}
    return {"responsible": [units]}


def _everyone_of_a_kind(pieces: list[str]) -> bool:
    """Whether every piece is a group of a kind (各部门, 各成员单位), no group of places (各乡镇)."""
    return all(is_group(u) and not places_group(u) for u in pieces)


def _asked_units(text: str, at: int, unit_like: Callable[[str], bool]) -> dict[str, list[str]]:
    """The units a request names right before a series' first point ('要求A、B,一是…'), or {}."""
    asked = ASKED_BEFORE_POINTS.search(text, 0, at)
    units = asked.group(1) if asked else ""
    return {"responsible": [units]} if units and _all_units(units, unit_like) else {}


def _apart(found: list[Marker], extra: list[Marker]) -> list[Marker]:
    """The markers of ``extra`` that overlap none of ``found`` (looked up by position, not against each one)."""
    spans = sorted((f.start, f.end) for f in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the spans up to each
    out: list[Marker] = []
    for m in extra:
        before = bisect_right(starts, m.start) - 1
        after = bisect_left(starts, m.start)
        if before >= 0 and reach[before] > m.start or after < len(starts) and starts[after] < m.end:
            continue
        out.append(m)
    return out


def _past_signs(text: str, markers: list[Marker]) -> list[Marker]:
    """A subject read from a sub-item's one-character number on ('②县市场监管局负责…', the finders that read a sentence's
    clauses): the number is no part of its name; the same subject read past it already stays once."""
    out: list[Marker] = []
    starts = {m.start for m in markers}
    for m in markers:
        if m.start < len(text) and text[m.start] in ENCLOSED:
            if m.start + 1 in starts:
                continue
            roles = {r: [v[1:].lstrip() if v[:1] in ENCLOSED else v for v in vs] for r, vs in m.roles.items()}
            m = replace(m, start=m.start + 1, roles=roles)
        out.append(m)
    return out


def _inside_one(at: int, markers: list[Marker], starts: list[int]) -> bool:
    """Whether ``at`` is inside one of ``markers`` (in order and apart, as ``_topics_by`` makes them; ``starts``
    their starts)."""
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < markers[k].end


def _partners_not_again(text: str, markers: list[Marker]) -> list[Marker]:
    """Without a subject that only names again, in the same sentence, the partners of the owner before it ('A牵头,
    B、C等部门参与组成联合执法队,…', unseen w1144: B and C work with A, no task of their own)."""
    out: list[Marker] = []
    for m in markers:
        before = out[-1] if out else None
        partners = before.roles.get("cooperating", []) if before is not None else []
        if (m.kind == "subject" and partners and any(text.startswith(p, m.start) for p in partners)
                and not SENTENCE_END.search(text, before.end, m.start)):
            continue
        out.append(m)
    return out


# A principle quoted in clauses ("“政府统一领导,管理部门牵头,有关部门配合,社会共同参与”", "“党委领导、政府负责、部门协同”"):
# the way the work is shared out, in general; its parts name no one's duty.
SLOGAN = re.compile(r"“(?:[^“”\n，,、；;。要应]{2,10}[，,、；;]){1,7}[^“”\n，,、；;。要应]{2,10}”")  # short parts, no 要/应
# (not a speech quoted: '县长强调：“各乡镇要…，…”', the probe of this session)


def _prose_markers(text: str, unit_like: Callable[[str], bool], groups: bool, plain_verbs: bool = False) -> list[Marker]:
    out: list[Marker] = []
    headed = False  # the paragraph opens with its owner and a colon ("交通部门：…", "县发改局：负责…")
    starts = list(SENTENCE_START.finditer(text))
    topic = -1  # where the words before a 由 that opens the next start begin ("办公室具体工作|由市农业局牵头")
    slogans = [(q.start(), q.end()) for q in SLOGAN.finditer(text)] if "“" in text else []
    for k, m in enumerate(starts):
        start = m.end()
        if start >= len(text) or (out and start < out[-1].end) or text[start] in OPEN:
            continue
        if any(a < start < b for a, b in slogans):
            continue  # '按照“政府统一领导,管理部门牵头,有关部门配合”的要求' (unseen w2515): a principle quoted, no one's duty
        sign = ENCLOSED_SIGN.match(text, start)  # "…名录。②民政部按照…": a sub-item's sign, run into the line
        start = sign.end() if sign and sign.end() < len(text) else start
        if _topic_before_by(text, start, starts[k + 1].end() if k + 1 < len(starts) else -1):
            topic = start  # the work named, not its subject: owned by the 由 clause after it
            continue
        head = m.start() == 0
        back = BACK_REFERENCE.match(text, start)
        if back:  # "…增长6.5%。这项工作由A负责，去年…": the sentence before is A's
            marker = _annotation(text, back.end(), unit_like)
            if marker is not None:
                stop = SENTENCE_STOP.search(text, marker.end)
                out.append(replace(marker, start=start, end=stop.end() if stop else len(text), kind="prose_back"))
            continue
        measure = _asked(text, start, unit_like)  # "整改要求:请区住建局于6月30日前整改到位"
        asked = measure is None and REQUESTED.match(text, start) is not None
        start += asked  # "请县教育局、县卫健委于…开展…": read past the request, the marker opening with it (below)
        frame = (LED_FRAME.match(text, start) or BASIS_FRAME.match(text, start) or INVOLVED.match(text, start)
                 or PRACTISED.match(text, start)
                 or WHERE_REGISTERED.match(text, start) or IN_THE_ROLE_OF.match(text, start) or DONE_TO.match(text, start))
        marker = (measure or _primarily(text, start, unit_like) or _set_up(text, start, unit_like)
                  or _office_set_up(text, start, unit_like)
                  or _handed_over(text, m.start(), start, unit_like)
                  or _annotation(text, start, unit_like) or _asked(text, start, unit_like) or _including(text, start, unit_like)
                  or _helps_named(text, start, unit_like) or _system_of(text, start, unit_like)
                  or _subject(text, start, unit_like, groups) or _paired_subjects(text, start, unit_like)
                  or (frame and _framed(_subject(text, frame.end(), unit_like, True), start))
                  or _after_time(text, start, unit_like, groups)
                  or (_head_unit(text, start, unit_like) if head else None) or _acting_with(text, start, unit_like)
                  or (_plain_subject(text, m.start(), start, unit_like) if plain_verbs else None)
                  or _after_duties_colon(text, start, unit_like) or _short_form_subject(text, start)
                  or (_framed(_subject(text, start + 2, unit_like, groups), start) if MADE_CLEAR.match(text, start) else None)
                  or (_requested(text, start, unit_like) if asked else None)
                  or (_required(text, out[-1].end if out else 0, start, unit_like) if text.endswith("要求", 0, start)
                      else None))
        if marker is not None and marker.kind == "subject" and k > 0 and not (out and out[-1].end > starts[k - 1].end()):
            marker = _subjects_over_a_comma(text, starts[k - 1].end(), start, marker, unit_like, groups)
        if marker is None or headed and marker.kind == "subject" or _about_the_plan(text, start):
            continue  # "…管理站。交通安全管理站负责…": a body the head owner sets up, no owner of its own
        marker = replace(marker, start=start - 1) if asked else marker
        marker = _before_named_subject(text, marker, starts, k + 1, unit_like) if text.startswith("由", start) else marker
        headed = head and marker.kind == "subject" and _heads(text, start, marker)
        if topic >= 0 and text.startswith("由", start) and _topic_before_by(text, topic, start):
            marker = replace(marker, start=topic)
        topic = -1
        out.append(_partners_after(text, marker, unit_like) if marker.ahead else marker)
    return out


def _subjects_over_a_comma(text: str, before: int, start: int, marker: Marker, unit_like: Callable[[str], bool],
                           groups: bool) -> Marker:
    """'市、沿海县(市、区)人民政府及其有关部门,乡镇人民政府、街道办事处应当…' (unseen w2212): units that open the
    sentence before a comma, with no verb of their own, share the subject after the comma; read as one list (the comma
    as a 、). ``marker`` as it is when the words before the comma are no units only."""
    cut_by_a_dot = before > 0 and text[before - 1] in ".．"
    if start - 1 <= before or text[start - 1] not in "，," or start - 1 - before > 40 or cut_by_a_dot:
        return marker
    words = text[before:start - 1].strip()
    if not _heading_units(words, unit_like) or has_task_word(words) or re.search(r"[为是.．]|更名", words):
        return marker  # '火灾发生后,市气象部门要…', 'X强调,…单位要…': the words before the comma are no units (nor a
        # name a scrambled stop cut: '所在乡。镇.人民政府,街道办事处应当…', blind w1937)
    stop = SENTENCE_STOP.search(text, start)
    joined = text[before:start - 1] + "、" + text[start:stop.end() if stop else len(text)]  # the sentence only: a copy
    whole = _subject(joined, 0, unit_like, groups)  # of the whole text at each comma would grow with its square
    if whole is None or whole.kind != "subject" or whole.end + before < marker.end:
        return marker
    return replace(whole, start=whole.start + before, end=whole.end + before)


PARTNERS_VERB = re.compile(r"[^，,。；;\n]{0,6}?(?:参与|参加|配合|协助|协同)")  # "…牵头,卫健、医保等部门参与": partners
# A sub-item's one-character number at a sentence's start (①, ⑴, ⒈, ㈠, ❶): the subject begins after it.
ENCLOSED_SIGN = re.compile(rf"[{ENCLOSED}]\s*")


def _before_named_subject(text: str, marker: Marker, starts: list[re.Match[str]], first: int,
                          unit_like: Callable[[str], bool]) -> Marker:
    """A 由 clause ends where a named unit opens the next clause as its subject ("由市献血办协调实施时间,市中心血站承担采血
    工作", unseen w1582): that clause is the unit's own, not more of the 由 clause's work (not partners that help: "…牵头,
    公安、房管等部门配合")."""
    for m in islice(starts, first, None):
        at = m.end()
        if at >= marker.end:
            break
        if text[at - 1] not in "，,":
            continue
        subject = _subject(text, at, unit_like, False)
        units = [u for r in LEADING_ROLES for t in subject.roles.get(r, []) for u in split_cell(t)] if subject else []
        named = {u for texts in marker.roles.values() for t in texts for u in split_cell(t)}
        if (units and not any(is_group(u) for u in units) and not PARTNERS_VERB.match(text, subject.end)
                and not set(units) <= named):  # "由A牵头,B、C负责,加快…": B and C the 由 clause's own, no new subject
            return replace(marker, end=at)
    return marker


def _topic_before_by(text: str, start: int, by: int) -> bool:
    """The words from ``start`` to a 由 at ``by`` (the next sentence start) name the work only: no stop or comma
    between ('办公室具体工作由市农业局牵头', unseen w684), so they are no sentence of their own."""
    words = SHORT_NOTE.sub("", text[start:by])  # "主要街道(道路)由县…负责" (unseen w910): a note in the topic
    return (start < by < len(text) and text[by] == "由" and by - start <= 30 and not TOPIC_STOP.search(words)
            and not BACK_REFERENCE.match(text, start))


# What a topic before 由 does not hold: a stop or a list's mark, a verb of its own (各村要成立…领导小组由…任组长,
# 确定由A牵头, 将原由A承担的…), a bracket.
SHORT_NOTE = re.compile(r"[（(][^（）()，,。；;：:、]{1,8}[）)]")
_TOPIC_OWN_VERBS = r"要|应|须|将|负责|牵头|承担|成立|设立|确定|明确|做好|抓好|组织"
TOPIC_STOP = re.compile(r"[，,。；;：:！!？?\n、（(）)《》]|" + _TOPIC_OWN_VERBS + "|原")


# A body's office set up in the plan, its duty a clause or three later ("领导小组下设办公室,负责日常事务…", "…机构下设办公室,
# 镇综治中心专职副主任兼任办公室主任,办公室设在镇禁毒办,负责…"; unseen w485, w505, w523, w557): the office owns the duty.
OFFICE_SET_UP = re.compile(r"[^，,。；;：:\n]{0,30}?(领导小组|小组|委员会|指挥部|联席会议|专班|机构)(?:(?:[，,]?|在[^，,。；;\n]{2,16}?)(?:下设|设立|设)办公室"
                           r"(?:[(（][^()（）]{1,20}[)）])?|(?P<seated>办公室)(?=设[在于]|挂靠))")  # or "…,领导小组办公室设在县统计局,负责…"
# (unseen w1350)
OFFICE_SEAT = re.compile(r"(?:设[在于]|[在于]|挂靠)[^，,。；;\n]{1,30}")  # ('…下设办公室在农村水利科,负责…', blind w1111)
# The office's name as plans write it: the body's and 办公室 (领导小组办公室, 指挥部办公室), or 办公室 alone.
NAMED_OFFICES = ("领导小组", "委员会", "指挥部", "联席会议")
OFFICE_ARRANGED = re.compile(r"[^，,。；;\n]{0,40}?(?:" + APPOINTED.pattern + r"|设在|设于|挂靠)[^，,。；;\n]{0,30}")
OFFICE_DUTY = re.compile(r"\s*(?:具体|主要)?(?:牵头)?(?:负责(?!人)|承担)")
OFFICE_LEADS = re.compile(r"\s*(?:具体|主要)?牵头")


def _office_set_up(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """The office a body sets up at ``start``, when a clause after it (past at most three that fill its posts or
    say where it sits) opens with its duty: the office as that clause's owner, else None."""
    m = OFFICE_SET_UP.match(text, start)
    if m is None:
        return None
    seat = OFFICE_SEAT.match(text, m.end())
    at = seat.end() if seat else m.end()
    for _ in range(4):  # past who heads it and where it sits, to its duty
        if text.startswith(("，", ","), at) and OFFICE_DUTY.match(text, at + 1):
            role = "lead" if OFFICE_LEADS.match(text, at + 1) else "responsible"
            body = text[m.start():m.end(1)].strip()
            written = m.group().strip() if m.group("seated") else ""  # "协调小组办公室设在…": the office as written
            office = (written if 0 < len(written) <= 12 else "办公室" if m.group(1) not in NAMED_OFFICES
                      else body + "办公室" if unit_like(body) else m.group(1) + "办公室")  # 集体经济领导小组办公室
            return Marker(start, m.end(), {role: [office]}, "subject")
        arranged = OFFICE_ARRANGED.match(text, at + 1) if text.startswith(("，", ","), at) else None
        if arranged is None:
            return None
        at = arranged.end()
    return None


def _handed_over(text: str, opening: int, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """A duty transferred ("将…职责移交B承担", read once a sentence, from where it opens) or entrusted ("由A委托B负责…"):
    ``.transfers``; the units receiving it are checked as any owner list is (``_all_units``)."""
    def all_units(units: str) -> bool:
        return _all_units(units, unit_like)
    found = transferred(text, start, all_units) if not _inside_sentence(text, opening) else None
    return found or entrusted(text, start, _inside_sentence(text, start), all_units)


# A subject's own verb of steering, before a second subject with its own duty (``_paired_subjects``).
STEERING = re.compile(r"(?:统一|总体)?(?:指挥|协调|领导|统筹|指导|督导|监督|主管)+")


def _paired_subjects(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"市防汛防台抗旱指挥部(以下简称市防指)指挥协调、水务局负责牵头山洪灾害防御工作" (blind w90): two subjects
    joined by 、, the first with a verb of steering of its own (指挥协调, 统一领导, 统筹), the second a subject as
    ``_subject`` reads it: both own the sentence, the first responsible (its verb has no role word), the second as
    its verb says. Named units only, no group; the first verb only steers (开展排查、…: a task's verb pairs nothing)."""
    stop = SEGMENT_END.search(text, start)
    end = stop.start() if stop else len(text)
    units, rest = cut(text[start:end])
    if not units or not text.startswith(units, start) or not _all_units(units, unit_like):
        return None
    verb = re.match(r"([\u4e00-\u9fff]{2,8}?)、", rest)
    if verb is None or not STEERING.fullmatch(verb.group(1)) or any(is_group(u) for u in split_cell(units)):
        return None
    second = _subject(text, start + len(units) + verb.end(), unit_like)
    if second is None or any(is_group(u) for r in OWNER_ROLES for t in second.roles.get(r, []) for u in split_cell(t)):
        return None
    roles = {r: list(v) for r, v in second.roles.items()}
    roles.setdefault("responsible", []).insert(0, units)
    return Marker(start, second.end, roles, "subject")


# "临时救助实行县级人民政府负责制" (unseen w747): the units a system of responsibility makes answer for the work.
SYSTEM_OF = re.compile(r"[^，,。；;\n]{0,20}?实行([^，,。；;\n]{2,30}?)(?:主要领导|行政首长|一把手)?(?:负责制|责任制)")


def _system_of(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    m = SYSTEM_OF.match(text, start)
    units = _heading_units(m.group(1), unit_like) if m is not None and not COUNTED_LEVELS_RE.fullmatch(m.group(1)) else ""
    if not units or any(is_group(u) for u in split_cell(units)):
        return None  # 实行目标责任制, 实行各级人民政府行政首长负责制: no one in particular (blind w90); 市、县、乡三级政府
        # 行政首长负责制 likewise (blind w1315)
    return Marker(start, m.end(), {"responsible": [units]}, "prose")  # no head of the paragraph: the next subjects own theirs


# A subject that helps a named unit do the work: "县公安局配合县水利局做好…", "A积极协助B开展…".
HELPS_NAMED = re.compile(r"[。：:]?\s*" + ADVERB + r"(?:配合|协助)")


def _helps_named(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"A（积极）配合B做好…" (the probe of 4db3ed5): A cooperates in the work B does. B is named as the plan's
    labels name the one helped ('村民委员会协助乡镇人民政府开展…', blind w650, w104): no owner of A's sentence. Named
    units on both sides, no group, and a verb after B ("A要配合B…", a modal's, is A's own duty: ``_subject``)."""
    stop = SEGMENT_END.search(text, start)
    end = stop.start() if stop else len(text)
    units, rest = cut(text[start:end])
    if not units or not text.startswith(units, start) or not _all_units(units, unit_like):
        return None
    helps = HELPS_NAMED.match(rest)
    if helps is None:
        return None
    at = start + len(units) + helps.end()
    others, after = cut(text[at:end])
    if (not others or not text.startswith(others, at) or not after or not _all_units(others, unit_like)
            or NOT_A_VERB.match(after) or any(is_group(u) for u in split_cell(units) + split_cell(others))):
        return None
    return Marker(start, at + len(others), {"cooperating": [units]}, "subject")


def _framed(marker: Marker | None, start: int) -> Marker | None:
    """The subject after a sentence's leading frame, owning the sentence from its start."""
    return replace(marker, start=start) if marker is not None else None


# Teams counted out by the subject that forms them ("组织二十三个巡查组深入…", "组织3个督查组对…"): no unit's
# name, the subject's own doing.
COUNTED_TEAMS = re.compile(r"(?:[一二三四五六七八九十百两几\d]+个|若干个?)[\u4e00-\u9fff]{0,8}?(?:组|队|专班)")


def _after_time(text: str, start: int, unit_like: Callable[[str], bool], groups: bool) -> Marker | None:
    """"清明节期间，区森林防火指挥部组织…": the subject (or a lead's clause) after the sentence's time or condition."""
    frame = TIME_FRAME.match(text, start)
    if frame is None:
        return None
    return _framed(_lead_clause(text, frame.end(), unit_like) or _subject(text, frame.end(), unit_like, groups), start)


def _lead_clause(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"23日下午,县卫生局牵头,住建局、环保局参与对各单位…进行督查" (blind w251): after the sentence's day, a lead
    named in a clause of its own and its partners (``_clauses``); only a clause ending at 牵头."""
    if LEAD_CLAUSE.match(text, start) is None:
        return None
    return _clauses(text, start, unit_like)


# Verbs of a duty with no role word after a named unit opening a sentence ("农办向群众发放…", "区政府颁发森林防火令",
# "区森林警察大队加大…打击力度"): an owner only in a page that writes its owners in prose only; in a plan with labels
# or brackets such a sentence is the task's own text ("县农业农村局组织开展培训。⏎责任单位：各乡镇").
PLAIN_VERBS = (r"(?:组织(?!部|者|机构|架构|召开|举办|举行|条例|法|规则|章程|办法|细则|规定)|开展|建立|健全|制定|制订|实施|推进|推动|加大|加强|加快|发放|采用|颁发|发布|印发|下发"
               r"|落实|督促|检查|监督|指导(?![中站所组科处办])|部署|安排|完善|强化|启动|编制|抽调|协调(?!办|小组|机制|会|委员会|机构|工作组)"
               r"|监测|推送|收集|汇总|筛查|排查|核查|复核|审核|上报|报送|巡查|督导|摸排|走访|梳理"
               r"|保障(?![的性])|确保(?=[\u4e00-\u9fff]{2})"  # what it keeps going ('县供电分公司保障…供电需要', unseen w2580)
               r"|完成(?![了率的]|情况|时间|时限|数量|任务数|目标)"
               r"|(?:确定|指定|选派|明确)(?=[一二三四五两\d]名|专人|专门|(?:业务|技术)?骨干|联络[人员])"
               r"|选派(?=干部|人员|工作人员)"
               # a check carried out ('各村、社区在辖区内进行一次全面的摸底清查', unseen w2719)
               r"|进行(?=[一两二三]次|全面|专项|集中|拉网|逐[户村]|分类|摸底|清查|排查|检查|整治|核查|普查|督查|巡查))")  # (unseen w1210, w1212, w1213; "1.派出所完成提供…", w1643); the
# people it names for the work ("县发改局确定一名联络员", unseen w1971; 明确专人, 选派业务骨干, 指定联络人: the probe)
# What may stand between such a subject and its verb: when ("县应急管理局于灾害过程结束后及时推送…", unseen w1210), how it
# acts (``ADVERB``), on what basis ("根据各部门职责分工", "依据…规定"), toward whom ("向群众发放…").
# A standing rule's duty, the verb after what it is done to or how often ("医务科每月对全院医疗文书进行检查",
# "委员会每半年召开一次会议", unseen w443): 对…进行/开展/实施, 召开 after how often (a meeting held once is news).
PLAIN_RULE = (r"(?:对(?![照于接标外口])[^，,。；;\n]{2,30}?(?:进行|开展|实施|采取)(?=[\u4e00-\u9fff]{2})"
              r"|(?<=[年季度月周旬期])(?:适时|定期)?召开)")
# For whom the subject acts, before its plain verb: "安置帮教办公室为刑释解教人员建立一人一档" (unseen w1675); people, not
# what a place is (…巡查区为未划入…的区域).
FOR_WHOM = r"为[^，,。；;\n为]{1,12}?(?:人员|群众|对象|学生|家庭|农户|居民|老人|儿童|患者|妇女|职工|企业)"
PLAIN_VERB = re.compile(r"\s*(?:于[^，,。；;\n于]{1,16}?(?<![及按])(?:后|前|时|期间))?" + ADVERB + r"(?:(?:根据|依据)[^，,。；;\n]{1,16}?(?:职责分工|分工|职责|部署|要求|安排|规定|任务|计划|目标)[，,]?"
                        r"(?:及时|按时|尽快)?)?"
                        r"(?:向[^，,。；;\n]{1,12}?|" + FOR_WHOM + ")?(?:" + PLAIN_VERBS + "|" + PLAIN_RULE + ")")
# A rule put into practice whose units are named inside it ("…，实行县林业局、乡镇林业站分级负责、分级响应。", unseen w2649):
# the units own the sentence as if they opened it.
PRACTISED = re.compile(r"实行(?=[^，,。；;\n]{2,30}?(?:分级|分片|分区|分别|属地)负责)")
# What may open such a sentence before its subject, besides a time or condition (``TIME_FRAME``) and who leads
# (``LED_FRAME``): a period with 在 ("在秸秆禁烧期间，"), a news item's source ("据了解，"), the requirement the
# subject follows ("按照“以共建带协管，以协管促共建”的…要求，": the quotes may hold commas).
PLAIN_FRAME = re.compile(r"(?:在[^，,。；;\n在]{1,12}?期(?:间|内)|据(?:了解|悉|介绍)"
                         r"|按照?(?:[^，,。；;\n“”]|“[^“”\n]{0,40}”){1,60}?(?:要求|部署|原则|安排))[，,]\s*")


# How a duty's own words open, no unit's name: when, how, toward or about whom ("按时向上级农普办报送…"); a document's
# title ("《政府公报》刊登的…", blind w1292), what one may also do ("也可登录辽宁省人民政府官网").
# A verb opening a duty or a call is no name's start either ('…,补助孕妇住院分娩200人以上', unseen w1343; ';拟定乡镇社会福利
# 事业发展规划', w1366; '充分发挥乡镇气象信息服务站…的作用', w1431), nor 关于 (a heading: '关于校外托管机构巡查工作的情况', the
# seventeenth session's tests).
NO_PLAIN_NAME_START = re.compile(r"按(?:时|期|照|要求)|及时|定期|每[年季月周旬日]|[向对从把与于《]|[也还](?:可|要|应|需|将)"
                                 r"|补助|补贴|资助|预计|力争|确保|实现|拟定|制定|编制|贯彻|推进|倡导|鼓励|支持|引导|充分|发挥|发文|关于")
# A head that only ends as a name does, before a plain verb: 有关/相关 ("县联席会议下发有关…"), a government with no
# level or place before it ("实行政府监督…": 实行 and 政府监督).
# (and what one may follow: '高中学校可参照义务教育学校开展…', unseen w1380, a permission, no name)
NOT_A_PLAIN_NAME = re.compile(r"[有相]关$|(?<![省市县区旗州盟镇乡民])(?:人民)?政府$|参照|可以")


# How a group named as a subject is to act, before its plain verb ("各村积极落实措施，按计划开展…宣传", blind w1131):
# a duty for each of them, as a modal would make it (a group's bare verb alone is news or a call to all).
PRESCRIBED = re.compile(r"\s*" + MANNER)


def _plain_subject(text: str, opening: int, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"三是搞好秸秆还田。农办向群众发放…", "视天气情况，区政府颁发森林防火令", "在禁烧期间，镇禁烧办制定巡查制度":
    named units opening a sentence (``opening``, where it begins; ``start``, past its number), or right after its time,
    condition or requirement, before a plain verb of a duty (``PLAIN_VERBS``): they are responsible for the sentence.
    Only at a sentence's start, not after a comma; not a group of a kind alone (各部门加大…: an instruction to all; a
    group of places is their own: '各镇街安排专人报送信息', unseen w2548), the place as a whole (全镇开展…), nor a report
    (镇农办发放了…)."""
    if _inside_sentence(text, opening):
        return None
    frame = TIME_FRAME.match(text, start) or LED_FRAME.match(text, start) or PLAIN_FRAME.match(text, start)
    at = frame.end() if frame else start
    stop = SEGMENT_END.search(text, at)
    end = stop.start() if stop else len(text)
    name = _plain_head(text, at, end, unit_like)
    units = _heading_units(name, unit_like) if name else ""
    pieces = split_cell(units)
    if (not units or (all(is_group(u) and not EACH_BODY.match(u) and not names_a_sector(u) and not places_group(u)
                          for u in pieces) and not PRESCRIBED.match(text, at + len(name)))
            or any(WHOLE_PLACE.match(u) for u in pieces)
            or any(NOT_A_PLAIN_NAME.search(u) for u in pieces) or DONE.search(text, at, end)
            or ISSUED_BY.match(text, at + len(name)) or HEADLINE_ISSUED.match(text, at + len(name))
            or PAPER_ISSUED.match(text, at + len(name))
            or all(is_group(u) for u in pieces) and PROGRESS_SENT_UP.match(text, at + len(name))):
        return None  # (groups' progress sent up: '各县区、市直各有关部门每季度向市发改委报送一次工作进展情况', the probe)
    return Marker(start, at + len(name), {"responsible": [units]}, "subject", plain=True)


# A unit named as the issuer or maker of the paper the sentence is about ('据了解,市发改委印发的《…规划》提出…', unseen
# w2385): no subject of its own.
# A news headline: who issued which paper, and nothing else on its line ("阳江教育局印发《预防学生溺水专项行动实施方案》",
# unseen w2462): the issuer of the plan the page reports, no duty.
HEADLINE_ISSUED = re.compile(r"(?:印发|出台|发布|转发|下发)《[^《》\n]{2,80}》[ \t\u3000]*(?:\n|$)")
# A news item's report of who issued which notice ('住房和城乡建设部办公厅、应急管理部办公厅发布关于加强城市排水防涝应急管理
# 工作的通知。', unseen w2555): the issuers, no duty of theirs.
PAPER_ISSUED = re.compile(r"(?:联合)?(?:印发|出台|发布|转发|下发)了?关于[^，,。；;\n]{2,60}?的(?:通知|意见|方案|办法|决定|规定|函)")
ISSUED_BY = re.compile(r"(?:印发|制定|制订|出台|发布|编制|下发|起草|拟定|提出|转发)了?的")
# A name with a note of what it is now, no verb after it ('规划建设…冷链物流中心(现已建成,位于…),促进…', unseen w2385)
NOTED_ONLY = re.compile(r"[（(][^（）()]{0,40}[）)]\s*[，,]")


def _requested(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"请各镇办落实协管员工作待遇…" (blind w677): the units a notice asks, before a plain verb of a duty (``PLAIN_VERBS``)
    or the words a request goes on with ('请各相关部门对照四张“目录清单”,…编制…', unseen w2184: ``ASKED_VERB``), groups
    too: the request makes it theirs, as 要 would."""
    stop = SEGMENT_END.search(text, start)
    end = stop.start() if stop else len(text)
    units = _plain_head(text, start, end, unit_like, ASKED_VERB)
    if not units or any(WHOLE_PLACE.match(u) for u in split_cell(units)) or DONE.search(text, start, end):
        return None
    return Marker(start, start + len(units), {"responsible": [units]}, "subject")


def _required(text: str, lo: int, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"会议要求各县市区立即开展全面摸底", "通知要求各地城镇供热管理部门扎实做好…" (unseen w1880, w1886): the units a
    requirement names right after 要求, before a plain verb of a duty (``PLAIN_VERBS``), own it as 要 would make them
    (the marker from where the sentence with 要求 begins, not before ``lo``, the last marker's end); not everyone of a
    kind ('会议要求各部门高度重视': a call on all, as before), not the place as a whole."""
    asked = _requested(text, start, unit_like)  # the named units before a plain verb, as a request's are read
    if asked is None or any(EVERYONE.fullmatch(strip_note(u)) for u in split_cell(asked.roles["responsible"][0])):
        return None
    sentence = max(text.rfind(ch, lo, start) for ch in "。；;！!？?\n") + 1
    return replace(asked, start=max(sentence, lo))  # 会议要求… is its words


# What a request goes on with after the units asked: a plain verb, or on what and how soon they are to act (not a call
# on all to take it seriously, to act as told or to report back: '请各街道高度重视', '请各单位认真贯彻执行', '请各责任单位按
# 整改要求…', '请各单位于每月25日前将…报送'); what it is to work around ('会议要求各县区围绕目标任务,落实责任,认真做好…',
# unseen w2567).
ASKED_VERB = re.compile(r"\s*(?:对照|结合|围绕|聚焦|针对|立即|尽快|及时|务必|抓紧|做好|抓好|加强"
                        # what it is to act on, then how: '要求被审单位对审计查出的问题实行限期整改' (blind w1894)
                        r"|对(?![于外口])[^，,。；;\n]{1,30}?(?:实行|进行|开展|实施)(?=[\u4e00-\u9fff])"
                        # as a rule requires, then a concrete duty: '请各地按照《…》要求,抓紧研究制定…工作方案' (unseen w2544)
                        r"|按照?[^，,。；;\n]{2,80}?(?:要求|部署|安排|规定)[，,]?\s*(?:立即|尽快|及时|务必|抓紧|研究制定|制定|组织开展|开展)"
                        # what to take in, then what to do: '请各乡镇充分领会…具体要求,进一步开展拉网式滚动摸排' (unseen w2702)
                        r"|(?:充分|深刻|认真)?(?:学习)?(?:领会|理解|把握)[^，,。；;\n]{2,40}?[，,]\s*"
                        r"(?:进一步|立即|迅速|尽快|及时|全面|抓紧|认真|切实)(?:开展|组织|做好|落实|建立|完善|推进|排查|摸排))")


def _plain_head(text: str, at: int, end: int, unit_like: Callable[[str], bool], also: re.Pattern[str] | None = None) -> str:
    """The units at ``at`` a plain verb follows: the list the lexicon cuts ("县委组织部召开…" is no 县委 before
    组织), else (or where the lexicon stops inside a list: "各村、相关车站、企事业单位积极落实…", blind w1131) the
    longest head ending as a unit's name does (not inside a word: 会同, 组织)."""
    if NO_PLAIN_NAME_START.match(text, at):
        return ""  # ";按时向上级农普办报送…" (blind w386): a duty's own words, its subject above

    def acts(pos: int) -> bool:
        return PLAIN_VERB.match(text, pos) is not None or also is not None and also.match(text, pos) is not None

    units, _ = cut(text[at:end])
    if units and text.startswith(units, at) and not text.startswith("、", at + len(units)):
        named = _all_units(units, unit_like) or "、" in units and all(unit_like(u) for u in shared_level_units(units) or [""])
        if acts(at + len(units)) and named:  # (levels sharing a name: '市、县级市人民政府组织…')
            return units
        if also is None:
            return ""
        # a request's units may be a shorter head ('请各乡镇充分领会国务院机制办的…要求,进一步开展…', unseen w2702:
        # the lexicon read on to 办)
    ends = [m.end() for m in re.finditer(UNIT_END, text[at:min(end, at + 40)])]
    return next((text[at:at + e] for e in reversed(ends) if not across_the_end(text, at + e)
                 and acts(at + e) and _all_units(text[at:at + e], unit_like)), "")


SERIES_COMMA, SERIES_SEMICOLON = re.compile(r"[，,]"), re.compile(r"[；;]")


def _subjects_in_series(text: str, out: list[Marker], unit_like: Callable[[str], bool]) -> list[Marker]:
    """"…，交警部门要…，交运局要…，安监局加大监督检查力度。": in a sentence whose clauses open with
    their subjects, one after a comma, a later clause opened by named units owns itself with any
    verb (no 要/负责 needed). Clauses split by ；likewise: "A做好…；B做好…；C利用…。", a subject
    after a ；or opening its sentence, the later clauses after a ；."""
    starts = {m.start for m in out}
    found: list[Marker] = []
    scanned: set[tuple[bool, int]] = set()  # (by commas, the sentence's end): read from an earlier subject on
    known: dict[re.Pattern[str], tuple[int, int]] = {}
    for m in out:
        before = text[m.start - 1] if m.start else "\n"
        if m.kind != "subject" or before not in "，,；;。！!？?\n：:":
            continue
        comma = before in "，,"
        if comma and m.start == 0:
            continue
        end = _stop_after(text, m.end, SENTENCE_END if comma else CLAUSES_END, known)
        if (comma, end) in scanned:
            continue  # an earlier subject of this sentence read its later clauses already
        scanned.add((comma, end))
        marks = [(c, False) for c in (SERIES_COMMA if comma else SERIES_SEMICOLON).finditer(text, m.end, end)]
        if not comma and OWN_DUTY_VERB.match(text, m.end):  # "县城管局负责取缔占道经营，县公安局加强交通秩序维护。" (the
            stop = _stop_after(text, m.end, SENTENCE_END, known)  # probe): a subject and its 负责 open the sentence, a
            marks += [(c, True) for c in SERIES_COMMA.finditer(text, m.end, stop)]  # unit of a level or a sector's
            # department after a comma opens its own clause
        for comma, strict in sorted(marks, key=lambda c: c[0].start()):
            p = comma.end()
            if p > m.end and p not in starts and (unit := _series_subject(text, p, unit_like)) and (
                    not strict or all(_plainly_named(u) for u in split_cell(unit))
                    and not PARTNERS_VERB.match(text, p + len(unit))  # ('…, 县财政局配合.': its partner; '…，县住建局
                    and not ATTRIBUTIVE.match(text, p + len(unit))):  # 报送的项目材料要…': what they send)
                found.append(Marker(p, p + len(unit), {"responsible": [unit]}, "subject"))
                starts.add(p)
    return found + _shares_in_series(text, out, starts, unit_like)


OWN_DUTY_VERB = re.compile(r"\s*(?:主要|具体)?负责(?!人)")
LEVEL_NAMED = re.compile(r"[省市县区镇乡](?!场|政[府管]?$)[\u4e00-\u9fff（）()]{2,16}?(?:局|委|办|厅|中心|队|所|站|院|公司|政府|办事处)$")


def _plainly_named(unit: str) -> bool:
    """A body named with its level ('县公安局', '区城管局') or a sector's department ('安监部门'): no verb's words
    read as a name ('并每半年向镇党委', '拟草政府')."""
    return bool(LEVEL_NAMED.fullmatch(unit)) or unit.endswith("部门") and is_sector(unit[:-2])


SHARE = re.compile(r"负责(?!人)")
SHARE_REACH = 24  # characters after a 、 read for the names of a share (``SHARE_AFTER``: 20 at most before its 负责)
SHARE_AFTER = re.compile(r"、(?=[^，,。；;、\n]{2,20}?负责(?!人))")


def _shares_in_series(text: str, out: list[Marker], starts: set[int], unit_like: Callable[[str], bool]) -> list[Marker]:
    """"市场监管局负责化肥、农业执法大队负责农药、种子管理站负责种子…" (blind w1400): after a subject and its 负责, each
    unit a 、 opens before 负责 of its own, in the same clause, owns its share."""
    found: list[Marker] = []
    for m in out:
        if m.kind != "subject" or not SHARE.match(text, m.end):
            continue
        stop = SEGMENT_END.search(text, m.end)
        for mark in SHARE_AFTER.finditer(text, m.end, stop.start() if stop else len(text)):
            p = mark.end()
            unit = _series_subject(text[:p + SHARE_REACH], p, unit_like)  # (the names before its 负责 only: a clause of
            # shares run on for pages is read once, not once a unit)
            if unit and p not in starts and SHARE.match(text, p + len(unit)):
                found.append(Marker(p, p + len(unit), {"responsible": [unit]}, "subject"))
                starts.add(p)
    return found


# '明确县住建局牵头做好…' opening a sentence or item (after a comma it is a sentence start of its own, ``SENTENCE_START``).
MADE_CLEAR = re.compile(r"明确(?=[^，,。；;\n：:]{2,24}?(?:负责|牵头))"
                        r"|督促(?=[^，,。；;\n：:]{2,24}?(?:负责|牵头|会同))")  # '督促市发改委会同市住建局系统梳理…' (unseen
# w2161): the unit urged does the work
# What a list of clauses opened by units with any verb follows: '职责:' ('压实各部门职责:…'), or what a notice or a
# meeting requires ('通知要求,…'; not '…的总体要求,', a plan's preamble).
DUTIES_COLON = re.compile(r"(?:[职職][责責]|[责責]任)[：:]\s*$|(?:通知|会议|文件|意见|决定|规定)要求[，,：:]\s*$")
# A speaker named at the sentence's start, a person or a body ('马培翼要求,各乡镇、有关单位要…', '督查组要求,…', unseen w2546),
# says what is required of the units after it when they are told what they are to do (要, 应, 须, 负责: not '山东要求,学校
# 课后服务要坚持…', blind w991, a rule of the service); not a plan's own heading ('工作要求:', '总体要求,'); what one 强调 or
# 指出 is often a view ('吴海宏指出,征兵工作是…', blind w1939).
SPEAKER_REQUIRES = re.compile(r"(?:^|(?<=[。！!？?；;\n\s]))(?!工作|总体|基本|具体|有关|相关|以下|如下|主要|按照?|根据|依据)"
                              r"(?:[\u4e00-\u9fff]{2,4}|《[^《》\n]{1,20}》)要求[，,：:]\s*$")
TOLD_TO = re.compile(r"\s*(?:要(?!求)|应当?|须|必须|务必|负责)")


# A department's short form whose last character the page lost, before a role verb ('从6月起,乡市场监管牵头,民政、文化、
# 公安等部门参与…', unseen w1144): the department leads. A bare short form is completed from the lexicon and reported, as in
# an owner list ('市场监管' -> 市场监管局); one with its level stays as written there too ('乡市场监管').
_SHORT_FORM = "(?:" + "|".join(sorted(SHORT_FORMS, key=len, reverse=True)) + ")"
# (each level's: '各区县财政要按时足额拨付…', '县（市、区）财政负责…', the probe of the twenty-first session)
SHORT_FORM_SUBJECT = re.compile(r"(" + SHORT_FORM_LEVELS + r"?" + _SHORT_FORM + r")(?=(牵头|负责(?!人)|配合|协助))"
                                # with its level, before a modal too: '县财政要在一般性转移支付中…' (unseen w1363), '省财政将按照…
                                # 安排…奖补资金' (unseen w2099)
                                r"|((?:" + SHORT_FORM_LEVELS + r"|[省市县区]级)" + _SHORT_FORM + r")(?=(要(?!求)|应当?|须|必须|将))")
# A department's short form with its level after 由, before what it does with money or work ('所需经费由市财政安排专项资金列支',
# '由县财政负责保障', unseen w2195): the department does it.
# (县财政, 乡镇财政: the probe of the twentieth session; not 市级财政, a level's funds in a note as often: '上述项目资金由
# 市级财政统筹安排', tests/test_extract_text_after_tables.py)
# (each level's: '由各区县财政按每个村邮站3600元/年的…标准划拨给…', unseen w2272)
SHORT_FORM_BY = re.compile(r"由(" + SHORT_FORM_LEVELS + _SHORT_FORM
                           + r")(?=负责(?!人)|安排|保障|落实|统筹|拨付|划拨|列支|承担|审核|核拨|统一|解决|按(?:照)?[^，,。；;\n]{2,40}?(?:拨付|划拨|补助|安排|发放|兑现|列支))")
SHORT_FORM_ROLE = {"牵头": "lead", "负责": "responsible", "配合": "cooperating", "协助": "cooperating"}


def _short_form_subject(text: str, start: int) -> Marker | None:
    found = SHORT_FORM_SUBJECT.match(text, start)
    if found is None:
        return None
    if found.group(1) is None:
        return Marker(start, found.end(), {"responsible": [found.group(3)]}, "subject")
    return Marker(start, found.end(), {SHORT_FORM_ROLE[found.group(2)]: [found.group(1)]}, "subject")


def _after_duties_colon(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """'压实各部门职责:县财政局保障资金拨付;县公安局…': right after '职责:' the first clause's units own it with any verb,
    as the later clauses of the list do (``_subjects_in_series``); after '要求,' too, what is required of them ('通知要求,
    各乡镇、街道办按照…原则,积极依托…设立未保站', unseen w1154)."""
    colon = DUTIES_COLON.search(text, max(start - 6, 0), start)
    speaker = None if colon else SPEAKER_REQUIRES.search(text, max(start - 30, 0), start)
    if not colon and not speaker:
        return None
    units = _series_subject(text, start, unit_like, places=speaker is not None or "要求" in colon.group())
    if speaker and not TOLD_TO.match(text, start + len(units)):
        return None
    return Marker(start, start + len(units), {"responsible": [units]}, "subject") if units else None


def _stop_after(text: str, pos: int, stop: re.Pattern[str], known: dict[re.Pattern[str], tuple[int, int]]) -> int:
    """Where the first ``stop`` at or after ``pos`` is (the text's end if none); ``known`` holds the last
    answer per pattern, (from, at), good for any ``pos`` between: the subjects of one long sentence do not
    each search it to its end."""
    since, at = known.get(stop, (len(text) + 1, -1))
    if not since <= pos <= at:
        found = stop.search(text, pos)
        since, at = pos, found.start() if found else len(text)
        known[stop] = since, at
    return at


NOT_A_SUBJECT = re.compile(r"是|特别|尤其|其中")  # 特别是…, 尤其是…, 其中…: a sentence's opening words, no unit
# A call before the units it is made to ("希望各单位要积极配合…", "希望县财政局…", unseen w2489): no part of their names.
CALL_BEFORE_UNITS = re.compile(r"(?:希望|要求)(?=各|全|[省市县区])")  # (not 希望乡, 希望镇: places of that name)
# 特别是/尤其是 before a sentence's words: a subject with its own 要/负责 is read after it (特别是各社区工作站要…),
# but a phrase with any verb after it is what is stressed (特别是节会上的饮食…方面，要…), no subject in a series.
STRESSED = re.compile(r"特别是|尤其是")


LABELLED_CLAUSE = re.compile(r"[^，,。；;]*[：:]")  # a field (联系电话：…), no subject's clause
# Where a body sits, and nothing it does ("委员会办公室设在医务科。", probe s98): no duty of its own.
# A condition the sentence's first clause states ("电梯维护保养单位接受调度指令，对非本单位维护保养的电梯进行救援的，被救援
# 电梯的维护保养单位应当给予适当补偿", unseen w1652): the units in it own nothing; the clause after it names its owner.
CONDITION_CLAUSE = re.compile(r"(?!对|对于)(?:(?!应当|应|要|负责|必须|须|牵头)[^。；;\n]){1,60}?的[，,]")  # (not what the subject
# acts on: '市联席会议办公室对完成督办事项的,按程序解除督办…', unseen w1654)
SEAT_ONLY = re.compile(r"(?:设在|设于|位于)[^，,。；;\n]*(?:[，,]\s*(?:联系|办公|咨询|值班|举报)?(?:电话|联系人|传真|邮箱|地址)[^。；;\n]*)?"
                       r"(?:[。；;]|$)")  # '领导小组办公室设在市公安局治安支队,联系电话:2353035。' (unseen w1641)


def _sentences_after(text: str, out: list[Marker], unit_like: Callable[[str], bool]) -> list[Marker]:
    """"由A牵头推进…。各乡镇成立工作专班，…": in a paragraph where a sentence names its owner, a later
    sentence opened by units owns itself with any verb: named units, or a group of places (各乡镇,
    各街道, 各村), not everyone (各部门) nor the places' people (各乡镇主要负责人…). Not in a paragraph
    its owner heads ("乡镇政府：建立…管理站。交通安全管理站负责…": a body it sets up), nor a phrase
    that only ends as a name does (特别是节会上的…), nor a field (联系电话：…)."""
    owned = [m for m in out if m.has_owners]
    if not owned or owned[0].kind == "subject" and _heads(text, owned[0].start, owned[0]):
        return []
    first, starts, found = owned[0].start, {m.start for m in out}, []
    spans = sorted((m.start, m.end) for m in out)
    reach = list(accumulate((end for _, end in spans), max))  # the furthest end of the spans up to each one
    for stop in re.finditer(r"[。！!？?]\s*", text):
        opening = SENTENCE_START.match(text, stop.end())
        p = opening.end() if opening else stop.end()  # "。(2)各街道办事处…": after its number, no part of a name
        k = bisect_right(spans, (p, len(text) + 1))  # the spans starting at or before p (one look, not all of them)
        if p <= first or p >= len(text) or p in starts or k and reach[k - 1] > p or text[p] in "(（":
            continue  # "。(县乡村振兴局  曾东普)": a bracket after the last sentence, a news item's byline (unseen w1213)
        units = _series_subject(text, p, unit_like, places=True)
        end = SENTENCE_END.search(text, p + len(units))
        if (len(units) >= 2 and not NOT_A_SUBJECT.search(units) and not CALL_BEFORE_UNITS.match(units)
                and not STRESSED.search(text, stop.end(), p)
                and not CONDITION_CLAUSE.match(text, p + len(units))
                and not LABELLED_CLAUSE.match(text, p) and not SEAT_ONLY.match(text, p + len(units))
                and not PEOPLE_AFTER.match(text, p + len(units))
                and not DONE.search(text, p + len(units), end.start() if end else len(text))  # what was done
                and not ISSUED_BY.match(text, p + len(units)) and not NOTED_ONLY.match(text, p + len(units))
                # ('…。农业农村部牵头编制了《…规划》,…', unseen w2387)
                and not APPOINTED.search(text, p + len(units), end.start() if end else len(text))):
            # (not a body's posts filled: "县招商指挥部由县委…委派…分别任指挥长", "…办公室设在县招商局,主任由…兼任", blind w516)
            rest = re.sub("^(?:" + CLOSING_GROUP + "|等)", "", text[p + len(units):])
            role = "lead" if LEADS.match(rest) else "cooperating" if HELPS_AS_SUBJECT.match(rest) else "responsible"
            found.append(Marker(p, p + len(units), {role: [units]}, "subject"))  # (…。B、C等配合。: partners)
            starts.add(p)
    return found


def opening_units(text: str, unit_like: Callable[[str], bool]) -> str:
    """The named units that open ``text`` before a verb (any verb), or "": an item's subject in a list whose other items
    open with theirs; not a unit's people ('镇政府主要负责人为第一责任人'). A date or time before them is no part of them
    ("1、3月5日,组委会召开…筹备会。", a schedule's item, unseen w1702)."""
    at = opening_at(text)
    units = _series_subject(text, at, unit_like)
    if units.count("(") + units.count("（") != units.count(")") + units.count("）") or PERSON_FIRST.match(text, at):
        return ""  # a note cut open ("环境整治组(王军副校长牵头)"); people first ("学校党支部书记和校长对…负总责")
    if BARE_BODY_WORD.fullmatch(units):
        return ""  # "(一)机构设置和人员配备。": a topic's first word, no body named (blind w625)
    end = at + len(units)
    return "" if PEOPLE_AFTER.match(text, end) or MEMBERS_AFTER.match(text, end) or APPOINTED.match(text, end) else units


def opening_at(text: str) -> int:
    """Where an item's subject may start: past the date or time that opens it ("3月9日至3月13日,", "3月12日前,")."""
    frame = TIME_FRAME.match(text)
    return frame.end() if frame else 0


BARE_BODY_WORD = re.compile(r"机构|机关|单位|部门|组织|中心")
PERSON_FIRST = re.compile(r"[^，,。；;\n]{0,20}?" + PEOPLE)
MEMBERS_AFTER = re.compile(r"(?:工作)?(?:人员|成员(?!单位))")  # "领导小组人员在…": the body's people


# A verb's first characters, where a clause's verb and object were read as a second name ('依法打击涉校', '抽查学校').
VERB_FIRST = re.compile(r"依法|严厉|严格|严查|严打|严管|严控|加强|加大|打击|抽查|检查|督促|指导|开展|组织|推进|落实|做好|抓好|查处"
                        r"|监督|全面|定期|统筹|负责|牵头|配合|协助")


# Each place's own body, a group of places as a subject is (各乡镇人民政府, 各街道办事处, 各镇党委, 各村委会).
PLACES_BODY = re.compile(r"各(?:乡镇|街道|镇|乡|村|社区|县|区|县区|县\(市、区\)|县（市、区）|村[(（](?:居|社区)[)）])"
                         r"(?:人民政府|政府|办事处|党委|党工委|村委会|居委会|委会|民委员会)")  # 各村委会, 各村(居)委会 (unseen w2462)


def _series_subject(text: str, p: int, unit_like: Callable[[str], bool], places: bool = False) -> str:
    """The named units that open the clause at ``p`` before a verb, or "" (with ``places``, a group of
    places too: 各乡镇, 各街道)."""
    end = SEGMENT_END.search(text, p)
    units, rest = cut(text[p:end.start() if end else len(text)])
    first, *others = units.split("、")
    if (units and not text.startswith(units, p) and text.startswith(first, p) and unit_like(first)
            and others and VERB_FIRST.match(others[0])):
        units, rest = first, text[p + len(first):end.start() if end else len(text)]
        # "县公安局依法打击涉校…", "县卫健局抽查学校…": a verb and its object read as a second name run together
    if units and not rest:  # "宣传部门利用各种宣传媒体": the list cut no verb off; the longest named head
        units = _unit_head(text[p:end.start() if end else len(text)], unit_like)
        rest = text[p + len(units):end.start() if end else len(text)]
    circumstance = CIRCUMSTANCE.fullmatch(rest) and end is not None and end.group() in "，,"
    if (not units or not rest or not text.startswith(units, p) or NOT_A_VERB.match(rest) and not circumstance
            or rest[0] in "和及与、长" or POST_FILLED.search(units) or NO_PLAIN_NAME_START.match(units)):
        return ""  # (乡镇党委副书记担任办公室|主任: a post filled, no unit; 村组|长为第一责任人: a unit's post; ';按时向
        # 上级农普办报送…': a duty's own words)
    named = not all(is_group(u) and not (places and (GROUP_END_RE.search(strip_note(u)) or PLACES_BODY.fullmatch(u))
                                         and not WHOLE_PLACE.match(u))
                    for u in re.split(r"[、，,]", units))  # (each place's own body: '…。各街道办事处配合。', the probe)
    return units if named and not ISSUER.fullmatch(units) and (_all_units(units, unit_like) or is_sector_list(units)) else ""
    # (sectors sharing their body, after another subject's clause: "…；公安、工商、文化部门加强…", blind w770)


def _unit_head(clause: str, unit_like: Callable[[str], bool]) -> str:
    """The longest head of ``clause`` that ends as a unit's name does and names only units."""
    ends = [m.end() for m in re.finditer(UNIT_END, clause[:40]) if not across_the_end(clause, m.end())]
    return next((clause[:e] for e in reversed(ends) if e < len(clause) and _all_units(clause[:e], unit_like)), "")


def _about_the_plan(text: str, start: int) -> bool:
    """"本方案由县应急管理局负责解释", "…自印发之日起施行，由A负责解释": a sentence about the plan
    itself (who interprets it), no duty."""
    reach = max(start - SENTENCE_REACH, 0)
    stops = [text.rfind(ch, reach, start) for ch in "。；;！!？?\n"] + [m.start() for m in POINT_STOP.finditer(text, reach, start)]
    opening = max(max(stops) + 1, reach)
    sentence = text[opening:_sentence_reach(text, start)]
    return bool(THIS_PLAN.match(sentence.strip()) or INTERPRETS.search(sentence)
                or SINCE.search(text, opening, start))


# A sentence that looks back over a time ("会议指出,建立…联席会议制度以来,在…领导下,各地及各成员单位认真履职尽责,…取得
# 显著成效", unseen w2647): what the units did, no duty.
SINCE = re.compile(r"(?:以来|年来|至今)[，,]")



def _partners_after(text: str, marker: Marker, unit_like: Callable[[str], bool]) -> Marker:
    """"A负责…，B、C配合。", "由A牵头组织…，各乡镇协助": a clause of the same sentence that is only
    units and a cooperating verb adds its units to the owners that open the sentence."""
    end = _before_primary_clause(text, max(marker.end - 1, 0), _sentence_reach(text, marker.end))
    point = POINT_STOP.search(text, marker.end, end)
    base = max(marker.end - 1, 0)  # the comma before a partner clause is looked behind at
    clauses = text[base:point.start() if point else end]
    partners = [m[1] or m[2] for m in PARTNER_CLAUSE.finditer(clauses, marker.end - base)
                if _units_or_sectors(m[1] or m[2], unit_like)]
    partners += [m.group(1) for m in NAMED_PARTNER_CLAUSE.finditer(clauses, marker.end - base)
                 if not _plain_partners(clauses, m.start(), unit_like) and _units_or_sectors(m.group(1), unit_like)
                 and not all(is_group(u) for u in split_cell(m.group(1)))]
    partners += _with_clauses(text, marker.end, point.start() if point else end, unit_like)
    if "lead" in marker.roles:
        partners += [m.group(1) for m in FORMED_WITH_PARTNERS.finditer(clauses, marker.end - base)
                     if _units_or_sectors(m.group(1), unit_like) and not all(is_group(u) for u in split_cell(m.group(1)))]
    doers = [m.group(1) for m in DOER_CLAUSE.finditer(clauses, marker.end - base)
             if _all_units(m.group(1), unit_like) and not all(EVERYONE.fullmatch(strip_note(u)) for u in split_cell(m.group(1)))]
    if not partners and not doers:
        return marker
    roles = {r: list(v) for r, v in marker.roles.items()}
    roles.setdefault("cooperating", []).extend(p for p in partners if p not in roles.get("cooperating", []))
    if doers:
        roles.setdefault("responsible", []).extend(d for d in doers if d not in roles["responsible"])
    return replace(marker, roles=roles)


# A later clause of the sentence naming the units that carry the work out ("实行由市政府统一领导,市政府相关部门配合,前郭县、
# 乾安县、扶余县人民政府具体落实,xx水利枢纽工程管理局协调督办、组织实施的责任机制", unseen w1725): they are responsible.
DOER_CLAUSE = re.compile(r"(?<=[，,])\s*([^，,。；;\n]{2,40}?)(?:具体|负责|全面)?(?:[\u4e00-\u9fff]{2,4}、){0,2}"
                         r"(?:组织实施|具体落实|落实|实施|督办)(?=[，,。；;！!]|的|$)")


# How far after its owners a sentence is read for the clauses that add partners to them: far past any real
# sentence, and what keeps a paragraph that never stops (a crafted file, a page that lost every stop) from
# making each of its thousands of subjects read all the rest of it.
SENTENCE_REACH = 1000


# "周边治安交通秩序整治以乡综治办、治安派出所为主，土地文化部门配合" (blind w265): the sentence's work is mainly
# the units' after 以 (they lead it: 为主), or theirs alone (以土地办负责, a plan's loose wording of 由…负责).
PRIMARILY = re.compile(r"以([^，,。；;\n以]{2,40}?)(为主|负责)(?=[，,。；;！!]|$)")


PRIMARY_CLAUSE = re.compile(r"[，,](?=[^，,。；;\n以]{2,30}?以[^，,。；;\n以]{2,40}?(?:为主|负责)(?:[，,。；;！!]|$)|" + _NAMED_OWNERS + ")")


def _set_up(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """'成立X领导小组,负责…' (``SET_UP``): the body set up owns the duties after it."""
    m = SET_UP.match(text, start)
    if m is None:
        return None
    name = m.group(2)
    body = WHOLE_PLACE.sub("", name, count=1) if name.startswith("全") else name  # '成立全县…领导小组': a body's name
    if not unit_like(name) or is_group(body) or len(GENERIC_BODY.sub("", name)) < 2:
        return None  # "成立工作专班，统筹推进…": a body of no name, the plan's own means, no owner to report to
    if name.endswith(("管理办公室", "治理办公室")) and m.group(1).strip():
        return None  # '乡(镇)人民政府要成立交通管理办公室,…' (blind w181), '领导小组下设犬类管理办公室' (w10): who sets it up
        # answers for it, read as before; a sentence that opens with 成立 gives the office its duty (unseen w2621)
    office = "办公室" if m.group(3) else ""  # '…领导小组,下设办公室,在区公安分局办公,负责…' (unseen w1061)
    founders = _founders(text, m, unit_like)
    return Marker(start, m.end(), {"responsible": [founders, name + office] if founders else [name + office]}, "prose")


def _founders(text: str, set_up: re.Match[str], unit_like: Callable[[str], bool]) -> str:
    """The named units before 成立/设立/组建 that set the body up ("镇卫生院、镇工贸办与梁弄卫监所成立…领导小组,负责…",
    unseen w1681; "县卫健局成立…控烟工作领导小组,研究决定…"): they answer for its work with it. Not a government (the
    plan's issuer arranging its own work: 县政府成立…, 镇政府组建…, 国务院设立…), a group, nor a body setting up its own
    part ('领导小组下设调查工作小组,负责…'); "" then."""
    founders = FOUNDERS_TOGETHER.sub("", set_up.group(1).strip())  # "县教育局、县市场监管局联合成立…专班"
    if (not founders or text.startswith("下设", set_up.end(1)) or FOUNDING_GOVERNMENT.search(founders)
            or not _all_units(founders, unit_like) or any(is_group(u) for u in split_cell(founders))):
        return ""
    return founders


FOUNDING_GOVERNMENT = re.compile(r"(?:政府|国务院)$")
FOUNDERS_TOGETHER = re.compile(r"(?:联合|共同|牵头|负责)$")


def _before_primary_clause(text: str, start: int, end: int) -> int:
    """``end``, or the comma before a later clause of the sentence that names its own owners with 以…为主
    ("校内整治由学校负责，周边…整治以A、B为主，C配合。": 学校's clause ends at the comma) or as 责任单位 (``_NAMED_OWNERS``)."""
    m = PRIMARY_CLAUSE.search(text, start, end)
    if m:
        return m.start()
    for by in LATER_BY.finditer(text, start, end):  # "…,由A负责管理,地处县城的古树名木,由B负责管理" (unseen w2435): the
        later = LATER_UNIT.match(text, by.end())  # next 由 clause, with the words before it, is B's (not '…,由以上部门
        if later and not NAMED_BEFORE.match(later.group()):  # 抽调…': named above)
            return by.start()
    return end


NAMED_BEFORE = re.compile(r"以上|上述|该|其|这|此")
LATER_UNIT = re.compile(r"[^，,。；;\n由]{1,16}?(?:[局委办院所站队镇乡]|街道|中心|政府|部门|单位|公司|机构|机关|小组|指挥部)")
LATER_BY = re.compile(r"[，,](?:[^，,。；;\n由]{2,30}[，,])?由(?![于此])")


def _primarily(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """'<work>以A、B为主，C配合。': A and B lead the sentence's work, C cooperates; the sentence before 以 is
    theirs (not 以预防为主, 以政府投入为主: no units)."""
    m = PRIMARILY.match(text, start)
    if m is None or not _all_units(m.group(1), unit_like):
        return None
    role = "lead" if m.group(2) == "为主" else "responsible"
    marker = _partners_after(text, Marker(start, m.end(), {role: [m.group(1)]}, "prose"), unit_like)
    stop = SENTENCE_STOP.search(text, start)
    return replace(marker, end=stop.end() if stop else len(text), kind="prose_end")


def _sentence_reach(text: str, start: int) -> int:
    """The end of the sentence at ``start`` (its stop, or the text's end), at most ``SENTENCE_REACH`` on."""
    limit = min(start + SENTENCE_REACH, len(text))
    stop = SENTENCE_END.search(text, start, limit)
    return stop.start() if stop else limit


def _plain_partners(text: str, start: int, unit_like: Callable[[str], bool]) -> bool:
    """The clause at ``start`` is units and a plain cooperating verb, read by ``PARTNER_CLAUSE`` already."""
    m = PARTNER_CLAUSE.match(text, start)
    return bool(m) and _units_or_sectors(m[1] or m[2], unit_like)


def _units_or_sectors(text: str, unit_like: Callable[[str], bool]) -> bool:
    """Units, or sectors sharing their 部门 ("公安、消防、安监部门": 消防 alone is no unit's name)."""
    return _all_units(text, unit_like) or bool(sectors_sharing_body(text.strip()))


def partners_after_with(text: str, unit_like: Callable[[str], bool]) -> list[str]:
    """The units a text's clauses name as partners ("…，会同B、C开展…", its first too: "会同B制定…"),
    wherever its owner is named."""
    clauses = "，" + text  # the first clause read as a later one
    return [u for units in _with_clauses(clauses, 0, len(clauses), unit_like) for u in split_cell(units)]


THE_RULE_APPLIED = re.compile(r"(?:实施|执行)(?:本|该)")


def _with_clauses(text: str, start: int, end: int, unit_like: Callable[[str], bool]) -> list[str]:
    """"A负责制定方案，会同B、C等单位落实…": a later clause of the sentence opened by 会同 (协同, 联合) and
    named units: the units the owners work with. Not a group alone (会同有关部门: no one in particular)."""
    found = []
    for m in WITH_CLAUSE.finditer(text, start, end):
        stop = SEGMENT_END.search(text, m.end(), end)
        clause = text[m.end():stop.start() if stop else end]
        if text.startswith("协同", m.end() - 2) and THE_RULE_APPLIED.search(clause):
            continue  # "…,协同市园林局实施本办法" (unseen w2687): the owners help the body the rule names apply it
        shared = SECTORS_SHARING.match(clause)
        units = "、".join(sectors_sharing_body(shared.group())) if shared else ""
        units = units or _open_object(clause, 0, len(clause), unit_like) or cut(clause)[0]
        if units and _all_units(units, unit_like) and not all(is_group(u) for u in split_cell(units)):
            found.append(units)
        elif closed := _closed_partner_list(clause, unit_like):
            found.append(closed)
    return found


# A long list of partners closed by 等 and the kind of bodies they are ("…协同县委宣传部、县农牧、公安、工业和商务、环保、…、
# 人民银行民和支行、电信、联通公司、移动公司等行政企事业单位,组织实施…", unseen w1701): departments by their short names
# (the first one's level theirs), banks and companies among them.
CLOSED_PARTNERS = re.compile(r"([^，,。；;\n等]{2,400}?)等(?:其他|其它)?(?:相关|有关)?[\u4e00-\u9fff]{0,8}?(?:单位|部门)")


def _closed_partner_list(clause: str, unit_like: Callable[[str], bool]) -> str:
    """The units of a list of three or more closed by 等…单位/部门 at the clause's start, when at least half of them are
    units or sectors the lexicon knows and none holds a task's words; "" else."""
    m = CLOSED_PARTNERS.match(clause)
    pieces = split_cell(m.group(1)) if m else []
    known = [p for p in pieces if unit_like(p) or is_sector(p)]
    if len(pieces) < 3 or 2 * len(known) < len(pieces) or any(
            len(p) > 12 or has_task_word(p) or is_step_of_work(p) for p in pieces):
        return ""
    return "、".join(pieces)


# What stands between units opening a sentence and what they do: the arrangement they act on.
ACTING_FRAME = re.compile(r"(?:按照?|根据|依据|结合|围绕|针对|通过|在)(?=[\u4e00-\u9fff])")


def _acting_with(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"A按照…意见，结合…制定方案，会同B、C等单位做好…": units open the sentence before the arrangement
    they act on (按照, 根据, 结合, 在 …), with no role verb of their own, and a later clause of it gives them
    partners: A leads, B and C cooperate, as "A会同B、C…" reads. Not the plan's issuer, nor a sentence
    whose partners are no one in particular."""
    end = _sentence_reach(text, start)
    partners = _with_clauses(text, start, end, unit_like) if WITH_CLAUSE.search(text, start, end) else []
    clause = SEGMENT_END.search(text, start)
    units = _unit_head(text[start:clause.start() if clause else len(text)], unit_like) if partners else ""
    rest = text[start + len(units):]
    if (not units or not ACTING_FRAME.match(rest) or rest[:1] in "和及与、" or ISSUER.fullmatch(units)
            or any(WHOLE_PLACE.match(u) for u in split_cell(units))):
        return None
    return Marker(start, start + len(units), {"lead": [units], "cooperating": partners}, "subject")


def _segments(text: str, start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the comma-separated segments of the sentence at ``start``, as they are asked for
    (a reader stops at the first segment that is not its)."""
    pos = start
    while pos < len(text):
        m = SEGMENT_END.search(text, pos)
        end = m.start() if m else len(text)
        inner = LIST_AFTER_VERB.search(text, pos, end)
        if inner:
            yield pos, inner.start()
            pos = inner.end()
            continue
        yield pos, end
        if m is None or m.group() not in "，,":
            break
        pos = end + 1


# Another 由 clause of the same sentence after a comma: its owners are its own.
NEXT_BY = re.compile(r"[，,]\s*(?=(?:[^，,。；;\n由]{2,20}(?<![理自缘事经任听来根原不]))?由(?![于此]))")  # (or its own topic first:
# '残疾等级由县残联认定，鉴定申请由县卫健局受理', the stranger's probe)


def _led_by(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"（一）关于…问题，由A会同B、C研究提出落实意见。": A leads, B and C cooperate
    (``.markers.led_by``). Inside a sentence it owns that sentence (the text before
    it and the verb after it); at a sentence's start, the text after it."""
    reach = min(len(text), start + SENTENCE_REACH)  # a paragraph that never stops is read a sentence's reach at a time
    stop = SENTENCE_STOP.search(text, start, reach)
    point = POINT_STOP.search(text, start, reach)
    stop = point if point and (stop is None or point.start() < stop.start()) else stop
    sentence = text[start:_before_primary_clause(text, start, stop.start() if stop else reach)]
    found = led_by(sentence, unit_like)
    if found is None:
        return None
    roles, after = found
    by_next = NEXT_BY.search(sentence, after)
    sentence = sentence[:by_next.start()] if by_next else sentence  # "…由A统一领导,由B会同C做好…": B's clause is its own
    inside = _inside_sentence(text, start)
    if inside or not sentence[after:].strip():  # the sentence is theirs, and the partners a later clause of it names
        whole = Marker(start, min(start + len(sentence) + 1, len(text)), roles, "prose_end")
        return replace(_partners_after(text, replace(whole, end=start + after), unit_like), end=whole.end)
    return Marker(start, start + after, roles, "prose")


# A sentence that opens with what is done, then 由 and who does it ('违法采砂船只由县交通运输局依法扣押处置', '具体工作由县应急
# 管理局承担'): the topic has no stop, no 由, and does not end in a word of which 由 is part (理由, 自由, 缘由, 经由 …).
DONE_IN_TOPIC = re.compile(r"负责|牵头|规定|按照|依照|根据|要求|明确")
TOPIC_BY = re.compile(r"[^，,。；;：:\n由]{2,30}?(?<![理自缘事经任听来根原不])(?=由(?![于此来])[\u4e00-\u9fff])")


PROCEDURE_BY = re.compile(r"由[^，,。；;\n由]{2,20}?" + PROCEDURE_STEP + r"(?=[，,。；;\n]|$)")


def _topic_openings(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Each sentence opening with its topic and then 由 (``TOPIC_BY``): where the sentence starts, and the topic."""
    for m in SENTENCE_START.finditer(text):
        topic = TOPIC_BY.match(text, m.end())
        if m.end() and text[m.end() - 1] not in "。；;！!？? \u3000\n" and not (
                topic and PROCEDURE_BY.match(text, topic.end())):
            continue  # a clause after a comma is no sentence's opening ('…问题，会议由医务科记录'), but a step of a
            # procedure is ('残疾等级由县残联认定，鉴定申请由县卫健局受理', the stranger's probe)
        if topic is None or DONE_IN_TOPIC.search(topic.group()) or _about_the_plan(text, topic.end()):
            continue  # '负责…规定由人民防空部门承担的…事项': 由 inside what a duty names; '本办法由…负责解释'
        yield m.end(), topic



# A verb of the topic's own: what stands before 由 is a clause, not the work named ('镇成立由…', '县政府决定由…').
TOPIC_VERB = re.compile(r"(?<![主重需纲摘])要(?!求)|(?<![相对供反适响])应(?!急)|须|将|负责|牵头|承担|成立|设立|确定|明确|做好|抓好"
                        r"|组织|组建|决定|同意|使(?!用)|经(?![费济营理验常过典历纬])")  # words of a verb, not of a noun
# (所需经费, 相应费用, 主要内容, 使用费: '所需经费由县财政安排专项资金列支')


def _topics_by(text: str, found: list[Marker], unit_like: Callable[[str], bool]) -> list[Marker]:
    """Beside owners found otherwise (or none: a text that names its owners no other way), a sentence that opens with
    its topic and then 由 ("洞头县、泰顺县由当地献血办做好预约工作,由市献血办协调实施时间,市中心血站承担采血工作", unseen
    w1582) is the 由 clause's units' as well, when no marker starts or runs inside its opening (a subject read inside the
    topic, "平阳县、文成县由…" read as 平阳县's, gives way)."""
    out: list[Marker] = []
    ordered = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    active: list[Marker] = []  # markers begun before the clause's end, pruned as the sentences go on (linear)
    taken = 0
    for start, topic in _topic_openings(text):
        if TOPIC_VERB.search(topic.group()):
            continue  # '镇成立由党委副书记…为组长的…': a body set up, its leader named after 由
        clause = SEGMENT_END.search(text, topic.end())
        clause_end = clause.start() if clause else len(text)
        while taken < len(ordered) and ordered[taken].start < clause_end:
            active.append(ordered[taken])
            taken += 1
        active = [f for f in active if f.end > start]
        inside = [f for f in active if f.start < clause_end]
        if any(not (f.kind == "subject" and f.end <= topic.end()) for f in inside):
            continue  # the clause is read already; only a later clause's owner may stand in the sentence
        marker = _annotation(text, topic.end(), unit_like)
        if marker is None:
            continue
        k = bisect_left(starts, topic.end())  # the next clause's own owner ends this one
        end = starts[k] if k < len(starts) and starts[k] < marker.end else marker.end
        out.append(replace(marker, start=start, end=end))
        active.append(out[-1])
    return out


def _annotation(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    marker = _clauses(text, start, unit_like)
    if marker is None and text.startswith("由", start):
        return (_led_by(text, start, unit_like) or _helper_by(text, start, unit_like) or _done_by(text, start, unit_like)
                or _team_led(text, start, unit_like))
    return marker


# "由街道地名管理机构协助市地名委员会办公室(以下简称“市地名办”)共同做好…" (unseen w1642): the units after 由 help the
# units they name do the work.
HELPER_BY = re.compile(r"由([^，,。；;\n由]{2,30}?)(?:积极)?(?:协助|配合)([^，,。；;\n]{2,50}?)"
                       r"(?=共同|一起|一同|做好|开展|完成|负责|进行|实施|落实|推进|抓好)")


def _helper_by(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"由A协助B共同做好…": B is responsible for the work, A cooperates; named units or groups on both sides."""
    m = HELPER_BY.match(text, start)
    if m is None:
        return None
    helpers, helped = m.group(1), ALIAS_NOTE.sub("", m.group(2))
    if not (_all_units(helpers, unit_like) and _all_units(helped, unit_like)):
        return None
    return Marker(start, m.end(), {"responsible": [helped], "cooperating": [helpers]}, "prose")


# "(一)煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。" (w372): the unit whose leader leads a team
# set up for the work leads the team's work.
TEAM_LED = re.compile(r"由([^，,。；;\n由]{2,30}?)(?:\d{1,2}|[一两二三四五])名[^，,。；;\n]{0,12}?(?:带队|任组长|牵头)")


def _team_led(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    m = TEAM_LED.match(text, start)
    if m is None or not _all_units(m.group(1), unit_like) or all(is_group(u) for u in split_cell(m.group(1))):
        return None  # "由各组2名同志带队": each team's own people
    return Marker(start, m.end(), {"lead": [m.group(1)]}, "prose")


# "整改要求:请区住建局于6月30日前整改到位": the unit a measure line asks, before a date, a manner or a verb.
ASKED = re.compile(r"请([^，,。；;\n]{2,40}?)(?=于|在[^，,。；;\n]{1,16}?前|要|务必|立即|尽快|及时|限期|按照?|负责|督促|落实|整改|牵头)")


def _asked(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """A measure line's '请A…' (right after its label, ``MEASURE_LABEL``): A is responsible for the problem
    above and the measure; a group (请各责任单位…) or no unit gives nothing."""
    label = MEASURE_LABEL.search(text, max(0, start - 5), start)
    m = ASKED.match(text, start) if label is not None and label.end() == start else None
    if m is None or not _all_units(m.group(1), unit_like) or any(is_group(u) for u in split_cell(m.group(1))):
        return None
    return Marker(start, m.end(), {"responsible": [m.group(1)]}, "prose")


def _done_by(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"由交管部门和教育部门清查…": units after 由 and a verb of the duty, no role word: they are
    responsible for the text after them (not the issuer, 由此, 由于)."""
    short = None if DONE_BY.match(text, start) else SHORT_FORM_BY.match(text, start)
    m = short or DONE_BY.match(text, start) or _named_by(text, start, unit_like)
    stop = SEGMENT_END.search(text, start)
    closed = CLOSED_BY_GROUP.match(text, m.end()) if m else None
    after = closed.end() if closed else m.end() if m else 0
    if m is not None and (ISSUER.fullmatch(m.group(1)) or NOT_A_VERB.match(text, after) and not BY_A_TIME.match(text, after)
                          or ATTRIBUTIVE.match(text, after) or LIABILITY.match(text, after) or APPOINTED.search(
            text, start, stop.start() if stop else len(text)) or re.match(PEOPLE, text[after:after + 5])
            or re.match(PEOPLE, m.group(1))):
        return None  # (…, "由村民小组组长逐户摸排": the unit's people do it, unseen w1216; "由镇长带队检查": a person)
    village = GRASSROOTS_BY.match(text, start)
    if (m is None and village is not None and not NOT_A_VERB.match(text, village.end())
            and not ATTRIBUTIVE.match(text, village.end())  # "由社区居委会出具的居住证明": what it issues
            and not PEOPLE_AFTER.match(text, village.end())  # 由村党支部书记…, 由村委会主任…: the village's people
            and not APPOINTED.search(text, start, stop.start() if stop else len(text))):  # 由村党组织负责人担任: a post
        return Marker(start, village.end(), {"responsible": [village.group(1)]}, "prose")
    if m is None:
        return None
    units = m.group(1)
    named = short is not None or _all_units(units, unit_like)  # (a level's short form: no name's shape, the lexicon's)
    each_level = re.match(r"各" + LEVEL_WITH_PAIR + "、", units)  # "由各区、县编委…": each level's 编委
    if not named or each_level:
        shared = _heading_units(units, unit_like) if re.match(_LEVELS_SHARING + r"[省市县区州旗乡镇]", units) else ""
        if not (shared or named):
            return None
        units = shared or units
    if _inside_sentence(text, start):  # "…发放救助款项和物品等，统一由A统筹安排并组织实施。": the sentence is A's
        stop = SENTENCE_STOP.search(text, start)
        end = stop.end() if stop else len(text)
        roles = _partners_after(text, Marker(start, m.end(), {"responsible": [units]}, "prose"), unit_like).roles
        return Marker(start, _before_primary_clause(text, m.end(), end), roles, "prose_end")  # "…的,由A负责…,B配合…"
    return Marker(start, m.end(), {"responsible": [units]}, "prose")


def _named_by(text: str, start: int, unit_like: Callable[[str], bool]) -> re.Match[str] | None:
    """"由省劳动和社会保障厅、省财政厅制定": after 由, named units the lexicon cuts whose names ``DONE_BY``'s
    shapes miss (a 厅, a 和 inside a name) and what they make right after them (``MADE_BY``); the match of
    由 and the units. Not people or teams (由分组村干签字, 由工作人员组成: no such verb)."""
    if not text.startswith("由", start) or text.startswith(("由于", "由此"), start):
        return None
    stop = SEGMENT_END.search(text, start)
    units, rest = cut(text[start + 1:stop.start() if stop else len(text)])
    if not units or not rest or not text.startswith(units, start + 1) or not MADE_BY.match(rest):
        return None
    if all(is_group(u) for u in split_cell(units)) or not _all_units(units, unit_like):
        return None
    return re.compile(r"由(" + re.escape(units) + ")").match(text, start)


def _inside_sentence(text: str, start: int) -> bool:
    """``start`` is inside a sentence (after a comma or a word), not where one begins."""
    return (start > 0 and text[start - 1] not in "。；;！!？?\n" and not _after_a_stop(text, start)
            and not POINT_STOP.match(text, start - 1))


def _after_a_stop(text: str, start: int) -> bool:
    """Only blanks stand between ``start`` and a line break or a 。；; before it (read back over the blanks only)."""
    k = start
    while k > 0 and text[k - 1].isspace():
        if text[k - 1] == "\n":
            return True
        k -= 1
    return k > 0 and text[k - 1] in "。；;"



# After the leading owners, units that help with the duty the clause goes on to name ("…负责、县气象局
# 协助建设监测站", "…牵头,住建局、环保局参与对…进行督查": two or more joined by 、); "以A为主" opening the sentence,
# A the leading owner.
HELPING = re.compile(r"([^，,。；;]{2,40}?)(?:协助|配合|参与|协同)(?=[\u4e00-\u9fff])")
# After the leading owners, units named in the role they play ("由镇整治办牵头、各社区为整治工作的责任单位，…",
# "…牵头，县城管局、县交通局为配合单位"): the role the label's word gives.
NAMED_IN_ROLE = re.compile(r"([^，,。；;]{2,40}?)(?:为|是|作为)(?:[^，,。；;]{0,24}?的)?"
                           r"((?:牵头|责任|主责|配合|协办|参与|协助)(?:单位|部门|主体)|成员单位)")
LED_AS_MAIN = re.compile(r"以([^，,。；;]{2,40}?)为主")


def _roles_named_after(text: str, end: int) -> bool:
    """The segment after ``end`` (a comma) names units in their role too ('A为责任单位，B为配合单位，负责…'): the first
    segment opens a list of roles, not a sentence saying what its subject is ('地方各级人民政府是…的责任主体,…',
    '县级政府为责任单位,乡级政府负责实施')."""
    if not text.startswith(("，", ","), end):
        return False
    stop = SEGMENT_END.search(text, end + 1)
    return NAMED_IN_ROLE.fullmatch(text, end + 1, stop.start() if stop else len(text)) is not None


# A unit after the lead's clause with a duty of its own, its 负责 before the work ("…牵头，县消防救援大队负责组织演练").
OWN_DUTY_AFTER_LEAD = re.compile(r"([^，,。；;\n]{2,30}?)(?:具体|主要|分别)?负责(?!人)(?=[\u4e00-\u9fff])")


def _clauses(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    roles: dict[str, list[str]] = {}
    end = start
    for s, e in _segments(text, start):
        seg = text[s:e]
        if s == start:
            described = DESCRIBED.match(seg, 1) if seg.startswith("由") else None  # "由水库移民安置的乡镇人民政府负责"
            seg = seg[described.end():] if described else seg  # (unseen w2663): which ones, no part of the name
            seg = re.sub(r"^(?:由|即(?=[省市县区镇乡各]))", "", seg)  # "即县水务局牵头，…": namely, no part of the name
        with_ = WITH.match(seg)
        if with_ and any(roles.get(r) for r in LEADING_ROLES):
            units, rest = cut(seg[with_.end():])
            if not units or not _all_units(units, unit_like):
                break
            roles.setdefault("cooperating", []).append(units)
            end = e if not rest else e - len(seg) + with_.end() + len(units)
            if rest:
                break
            continue
        verb = VERB_END_RE.search(seg)
        units = seg[:verb.start()].strip() if verb else ""
        found = with_partners(units, verb_role(verb.group())) if verb and units else {}
        own = OWN_DUTY_AFTER_LEAD.match(seg) if not found and any(roles.get(r) for r in LEADING_ROLES) else None
        if own and _all_units(own.group(1), unit_like):  # "由A牵头，B负责组织演练" (the stranger's probe): B's own
            roles.setdefault("responsible", []).append(own.group(1))  # duty, the work after its 负责 the clause's text
            end = s + own.end()
            break
        if not found and any(roles.get(r) for r in LEADING_ROLES) and supporting(seg, unit_like):
            found = {"cooperating": [supporting(seg, unit_like)]}  # …，各乡镇分别负责，县住建局加强督导
        helping = HELPING.match(seg) if not found and any(roles.get(r) for r in LEADING_ROLES) else None
        helpers = ((helping.group(1) if _all_units(helping.group(1), unit_like)
                    else _open_object(helping.group(1), 0, len(helping.group(1)), unit_like)) if helping else "")
        if helpers:  # "A负责、B协助建设监测站": B helps with the duty; "由A牵头,安监、公安等部门协同开展…": each sector's
            found = {"cooperating": [helpers]}  # 部门 (unseen w2515)
            roles.setdefault("cooperating", []).append(helpers)
            end = e
            break
        in_role = (NAMED_IN_ROLE.fullmatch(seg) if not found and (any(roles.get(r) for r in LEADING_ROLES)
                                                                  or s == start and _roles_named_after(text, e)) else None)
        role = ("cooperating" if in_role.group(2) == "成员单位" else label_role(in_role.group(2))) if in_role else ""
        if in_role and _all_units(in_role.group(1), unit_like) and (s > start or role in LEADING_ROLES):
            found = {role: [in_role.group(1)]}  # "…牵头、B为…的责任单位"; "A为责任单位，B为配合单位，负责…"
        if s == start and not found and (first := LED_AS_MAIN.fullmatch(seg)) and _all_units(first.group(1), unit_like):
            found = {"lead": [first.group(1)]}  # "以A为主，B参与": A leads
        if found and any(roles.get(r) for r in LEADING_ROLES) and (listed := _open_object(units, 0, len(units), unit_like)):
            found = {verb_role(verb.group()): [listed]}  # …牵头，公安、房管等有关部门配合: each sector's 部门
        if not found or not all(_all_units(u, unit_like) or s == start and _party_by(text, start, u)
                                for texts in found.values() for u in texts):
            break
        for role, texts in found.items():
            roles.setdefault(role, []).extend(texts)
        end = e
    if not any(roles.get(r) for r in LEADING_ROLES):
        return None
    joining = _participants(text, end, unit_like) if ORGANISES.search(text, start, end) else None
    if joining:  # "政府办负责组织:政府机关、中医院、法院…参加。": the organiser's participants
        roles.setdefault("cooperating", []).append(joining.group(1))
        end = joining.end()
    final = (end >= len(text) or SENTENCE_END.match(text, end) is not None or not text[end + 1:].strip()
             or PRIMARY_CLAUSE.match(text, end) is not None)  # "…由A负责，<work>以B为主…": the next clause is B's
    return Marker(start, min(end + 1, len(text)), roles, "prose_end" if final else "prose")


# An organiser and, after a colon, the units it brings in, 参加 closing the list or not (blind w251's attachment
# of road sections: '政府办负责组织:政府机关(指办公大楼一楼外所有单位)、中医院、法院、运管所、党校。').
ORGANISES = re.compile(r"负责组织$")
PARTICIPANTS = re.compile(r"[：:]\s*([^：:。；;\n]{2,120}?)(?:参加|参与)?(?=[。；;\n]|$)")


def _participants(text: str, end: int, unit_like: Callable[[str], bool]) -> re.Match[str] | None:
    """The list after '<unit>负责组织:' when every piece of it is a unit (not '县委办、三中教师和学生参加': people)."""
    m = PARTICIPANTS.match(text, end)
    return m if m and _all_units(m.group(1), unit_like) else None


# A part's title run into its first sentence before a group ("二、创立主体各街道办事处负责…", unseen w943): words
# of four or more characters that are no unit, before 各 and the group's name; no level's words (市直各单位, 全县各乡镇,
# 县级以上各级人民政府: a level's own) and no list (教育行政部门和各类教育机构).
GLUED_TITLE = re.compile(r"((?:(?!以上|以下)[^、，,和及与省市县区州旗乡镇村级]){4,10}?)(各[^、，,和及与]{2,20})")


# A part's title of duties run into its first sentence before a level's unit ("二、明确职责与分工区市容园林委统一负责…",
# unseen w2621): the title ends at its 职责/分工/任务.
GLUED_DUTY_TITLE = re.compile(r"([^、，,]{0,10}?(?:职责|分工|任务))([省市县区州旗盟乡镇][^、，,]{2,20})")


def _without_glued_title(units: str, unit_like: Callable[[str], bool]) -> str:
    """``units`` without a title glued before its group ("创立主体各街道办事处" -> 各街道办事处) or before a unit
    ("职责与分工区市容园林委" -> 区市容园林委)."""
    m = GLUED_TITLE.fullmatch(units) or GLUED_DUTY_TITLE.fullmatch(units)
    if m is None or unit_like(m.group(1)) or looks_like_org(m.group(1)) or not unit_like(m.group(2)):
        return units
    return m.group(2)


def _party_by(text: str, start: int, units: str) -> bool:
    """"由施工企业负责", "由对口管理单位负责": after 由 and before its 负责, a body named by its kind (…企业,
    …单位, …公司) owns the clause though no unit's name is so written; not an owner label's words
    (由责任单位负责) nor a group (由相关企业负责)."""
    return text.startswith("由", start) and is_party(units)


def _subject(text: str, start: int, unit_like: Callable[[str], bool], groups: bool = False) -> Marker | None:
    """"区住建局负责全区…": a named unit as the sentence's subject; a group (各部门要…) only
    with ``groups`` (or before 负责/牵头/承担)."""
    if FROM_DATE.match(text, start):
        return None  # "自即日起县交通运输局…": the subject after its date (``_after_time``)
    places_body = _places_body(text, start)
    if places_body is not None:
        return places_body
    with_levels = LEVELS_SUBJECT.match(text, start)
    first = with_levels.group(1) if with_levels else ""
    first = first if unit_like(first) else _heading_units(first, unit_like) if "、" in first else ""
    if first:  # "市政府及各区、镇、街道按照…要求，积极组织…"; "区、镇政府及各街道要…" (levels sharing 政府, unseen w1890)
        return Marker(start, with_levels.end(), {"responsible": ["、".join((first, with_levels.group(2)))]}, "subject")
    listed = OPEN_LIST.match(text, start)
    closed = CLOSED_LIST.match(text, start) if listed is None else None
    listed = listed or closed
    named = _sector_closing(listed.group(1), listed.group(2), unit_like) if listed else ""
    if listed and not named:
        listed = None  # "A要配合B、C等部门做好…": the list is 配合's object, A the subject
    shared = _shared_affix(text, start)
    joint = _joint_list(text, start, unit_like) if not listed and not shared else None
    sentence_end = SEGMENT_END.search(text, _past_notes(text, start))
    stop = sentence_end.start() if sentence_end else len(text)
    short = _short_named(text, start, stop, unit_like) if not listed and not shared and not joint else None
    if not SUBJECT_AHEAD.match(text, start) and not listed and not shared and not joint and not short:
        return None
    arranged = ARRANGED_RE.search(text, start, stop + 1)
    stop = arranged.start() if arranged else stop  # "市农办按市委部署，主要做好…": the subject ends before 按
    modal = MODAL_BEFORE.search(text, start, stop) if arranged else None
    stop = modal.start() if modal else stop  # "A应当根据…的需要,组织…": before the modal verb
    if shared:
        units, after = shared
    elif joint:
        units, after = joint
    elif listed:  # "A、B等镇属相关单位要…": the named units own it (等 leaves the list open)
        units, after = named, listed.end()
    elif short:
        units, after = short
    else:
        plain = SAME_BELOW_RE.sub("", text[start:stop]) if stop > start else ""
        units, _ = cut(plain)
        scoped = SCOPE_TAIL.search(units)
        units = units[:scoped.start()] if scoped else units  # "A、B按职责,做好…": the scope is no part of the names
        if text.startswith(units, start):
            after = start + len(units)
        else:  # the names read without their '(…,下同)' notes, or cut apart by the lexicon
            after = _end_past_notes(text, start, len(units)) if plain.startswith(units) else len(text)
        units = _without_glued_title(units, unit_like)
        whole = _whole_subject(text, start, stop, unit_like)
        if not (units and SUBJECT_VERB.match(text[after:])) and whole:
            units, after = whole, start + len(whole)  # "组织部门将…", "区农业局和乡镇(街道)要…": the whole subject
    rest = text[after:]
    verb = re.compile("") if closed else LIST_SUBJECT_VERB if shared or listed else SUBJECT_VERB
    units = _heading_units(SAME_BELOW_RE.sub("", units), unit_like) or _kinds_after_group(units, unit_like) if units else ""
    # 区、县(市)救助中心应…: each level's
    arranged_acts = not verb.match(rest) and ARRANGED_THEN_ACTS.match(rest)
    full_stop = SENTENCE_END.search(text, after)
    if arranged_acts and WITH_CLAUSE.search(text, after, full_stop.start() if full_stop else len(text)):
        return None  # "A根据县里的统一安排，摸清…，会同B、C开展…": A acts with partners (``_acting_with``)
    verb_found = verb.match(rest) or shared and SCOPED.match(rest) or arranged_acts
    if not units or not verb_found or POST_FILLED.search(units):
        return None  # (乡镇党委副书记担任办公室|主任,…负责…: a post filled, no subject)
    if text.startswith("。", after) and (KIND_TITLE.fullmatch(units) or WORK_TITLE.fullmatch(units)):
        return None  # '（一）管理机构。成立…' (the stranger's probe): an item's title before its stop, no subject
    if re.match(r"[。：:]?\s*负责人", rest) and APPOINTED.search(text, after, stop):
        return None  # "…相关部门负责人和村(社区)干部为成员": the unit's people made members, no duty
    if PILOT.match(rest) and CHOSEN.match(units):
        return None  # 选择城东区作为试点区: the pilot chosen, the object of someone's choice
    if re.match(r"^[。：:]?\s*将", rest) and (ISSUER.fullmatch(units) or OVERSIGHT.match(rest)):
        return None  # 市政府将对各项目标任务实施动态管理: the plan's issuer speaking of itself; 督查室将适时督查
    if SETS_UP.match(rest) and all(ISSUER.fullmatch(u) or SELF_GOVERNING.fullmatch(u) for u in re.split(r"[、和及与]", units)):
        return None  # 县政府成立领导小组, 开发区管委会设立…指挥部: the plan's issuer arranging its own work, as 县政府决定成立… is
    if COUNTED_BODIES.fullmatch(units):
        return None  # "五部门联合发文…" (unseen w1412): how many issued it, no one's duty
    if VERB_BEFORE_UNIT.match(units) and unit_like(units[2:]):
        return None  # "支持政府依法履行…职能" (unseen w1752): a duty's verb and the unit it supports, no subject
    if CALL_BEFORE_UNITS.search(units):
        return None  # "希望各单位要积极配合…" (unseen w2489), "县委书记希望县卫健局要…" (a speaker first, the session's
        # probe): the call's addressees own it, read where they begin
    if units.startswith(("与", "跟", "连同", "会同", "协同", "联合", "从", "给", "把")):
        return None  # "与同级教育行政部门共同组织…": the partner of a duty whose subject is above (unseen w1070; "连同城建、
        # 综治办等部门拆除…", w1247); where people are drawn from ("从国土资源、林业…等相关部门抽调业务骨干", unseen w1725;
        # not 向, 对: 向阳街道办事处, 对台办)
    if re.match(WHOLE_PLACE.pattern + "各", units) or units.startswith(("所有", "全体")):
        units = units[2:]  # 全市各乡镇、街道办事处要…: every town of the city, a group of places (unseen w1004); 所有托育机构…
    pieces = _each_shared(re.split(r"[、，,]", units))
    if (any(WHOLE_PLACE.match(u) and not (shared and u.startswith("本")) or u.startswith("本级") for u in pieces)
            or GOVERNMENT_AT_LARGE.fullmatch(units)):  # (本市规划、财政等有关部门: the place's own departments)
        return None  # 全区要…, 本县将…: the whole place, no unit; 政府部门的职责是…: the government at large; 本级人民政府:
        # the heading's own government, named again
    everyone = all(is_group(u) and not names_a_sector(u) and not EACH_BODY.match(u) for u in pieces)
    if everyone and EACH_OWN_PART.match(rest):
        return None  # "（三）有关部门各司其职联动开展…": a title's call on everyone, no list of owners
    groups_named = _each_shared(re.split(r"[、，,和及与]", units))
    placed = [places_group(u) for u in groups_named]
    places = any(placed) and (all(placed) or not REPORT_BACK.match(text, after, stop + 1)) and not GENERIC_CALL.match(rest)
    # 各乡镇、各部门要层层召开动员大会: places beside everyone own a concrete duty, not a report sent up
    everyone_named = any(EVERYONE.fullmatch(strip_note(u)) for u in groups_named)
    kinds = places or all(KIND_OF_BODY.fullmatch(strip_note(u)) for u in pieces) or not GENERIC_CALL.match(rest) and (
        not everyone_named or any(KIND_OF_BODY.fullmatch(strip_note(u)) or places_group(u) for u in pieces)
        and not REPORT_BACK.match(text, after, stop + 1))
    # '各乡镇政府、市有关部门要加大对…巡查检查力度' (unseen w1321): the levels' governments and everyone with a concrete duty,
    # not a report sent up ('各地各有关部门要于每月25日前将…报…')
    if not groups and everyone and not listed and not kinds and not re.match(r"^[。：:]?\s*" + ADVERB + "(?:负责(?!人)|牵头|承担)", rest):
        return None  # 各部门要…: an instruction to all; 各乡镇人民政府：负责…, 各村、镇农技站要… name owners
    if everyone and PROGRESS_SENT_UP.match(text, after, stop + 1):
        return None  # '各市州、省直各有关部门每半年向省邮政管理局报送一次工作进展': groups' report sent up, no duty
    closing = SENTENCE_STOP.search(text, after) if arranged else None  # past the arrangement, the clause after it
    done_to = min(closing.start() if closing else len(text), after + 60) if arranged else stop
    if DONE.search(text, after, done_to) or PLAN_MADE.match(text, after):
        return None  # 市政府安办、市道安办会同市级相关部门编发了《…清单》: what was done ('A、B等部门按照职责分工,分别
        # 完成了…目录清单编制工作', unseen w2184: after the arrangement)
    often = HOW_OFTEN_RE.match(rest)
    verb_at = after + (often.end() if often else 0)  # "A定期组织B…", "A每年牵头…" read as "A组织B…", "A牵头…"
    modal = MODAL_WITH.match(text, verb_at)
    verb_at = modal.end() if modal else verb_at  # "各级人社部门要会同财政部门…" read as "…会同财政部门…"
    acts = text[verb_at:]
    role = ("lead" if LEADS.match(acts) or LEAD_STATED.match(rest) else "cooperating"
            if HELPS_AS_SUBJECT.match(rest) else "responsible")
    roles = {role: [units]}
    coordinates = COORDINATES.match(acts)  # "县水利湖泊局负责组织协调县财政局、公安局…等部门,密切配合" (unseen w2663)
    partners = ((WITH.match(acts) or coordinates or DIRECTING.match(acts))
                if not (STEERS.match(acts) or JOINTLY.match(acts) or role == "cooperating") else None)
    # ('A协同B实施本办法': A helps the body the rule names apply it, unseen w2687; B is no partner of A's)
    along = JOINED_WITH.match(acts)
    if along:  # "县水利局负责并会同县财政局做好…": its own role, the others cooperating
        others, _ = cut(text[verb_at + along.end():stop])
        if others and _all_units(others, unit_like) and not all(is_group(u) for u in split_cell(others)):
            roles = {role: [units], "cooperating": [others]}  # not "…会同有关部门": no one in particular
    elif partners and COUNTED_TEAMS.match(text, verb_at + partners.end()) and not WITH.match(acts):
        pass  # "区森林防火指挥部组织二十三个巡查组深入…": the subject's own work, with teams it forms
    elif partners:  # 省应急管理厅会同省有关行业主管部门组织开展…; 县文旅局组织县文化馆负责…
        others = _partner_units(text, verb_at + partners.end(), stop, unit_like)
        if _their_people(text, verb_at + partners.end(), others):
            return Marker(start, after, roles, "subject")  # "各乡镇组织农村集体产权改革办及专业合作社辅导员深入农户"
            # (unseen w2720): the subject's own work, done by the people of the bodies it names
        pieces = split_cell(others) if coordinates else []
        if pieces and (any(is_group(u) or WHOLE_PLACE.match(u) for u in pieces)
                       or not (pieces[0][:1] in LEVELS or is_department(pieces[0]))):
            others = ""  # "负责协调全县…", "负责协调各乡镇做好…", "负责协调督办": the work or everyone, no partner named
        if others:
            own = role if modal or acts.startswith("协同") or coordinates else "lead"  # "A要会同B…": A's own duty with
            # partners, as the labels read it; "A协同B指导…" (unseen w2621): A's own, B beside it
            roles = {own: [units], "cooperating" if WITH.match(acts) or coordinates else "responsible": [others]}
        elif not WITH.match(acts) and not coordinates:
            return None  # 县农业农村局组织开展…: a subject only with a verb of its own
    return Marker(start, after, roles, "subject")


# A bare kind of body after a group in one list shares its 各: "各乡镇、部门要密切配合" is 各乡镇 and 各部门 (unseen w1332).
KIND_AFTER_GROUP = re.compile(r"(?:有关|相关)?(?:部门|单位|乡镇|乡|镇|街道|村|社区|学校|企业)")


def _each_shared(pieces: list[str]) -> list[str]:
    if not pieces or not pieces[0].startswith("各"):
        return pieces
    return [pieces[0]] + ["各" + p if KIND_AFTER_GROUP.fullmatch(p) else p for p in pieces[1:]]


THEIR_PEOPLE = re.compile(r"的?(?:辅导员|工作人员|人员|专干|联络员|网格员|志愿者|" + PEOPLE + ")")


def _their_people(text: str, at: int, others: str) -> bool:
    """Whether the units ``others`` named at ``at`` are followed by their people ('组织A及B辅导员深入农户')."""
    return bool(others) and text.startswith(others, at) and THEIR_PEOPLE.match(text, at + len(others)) is not None


def _partner_units(text: str, at: int, stop: int, unit_like: Callable[[str], bool]) -> str:
    """The units named at ``at`` after 会同/组织 …, or "": a list the lexicon cuts, sectors sharing their 部门 (会同民政、
    财政、扶贫部门: each sector's 部门), the levels below (会同区、镇、街道负责…: each a group), an open object."""
    others, _ = cut(text[at:stop])
    shared = SECTORS_SHARING.match(text, at, stop)
    if shared and (sectors := sectors_sharing_body(shared.group())):
        others = "、".join(sectors)
    levels = LEVEL_LIST.match(text, at)
    if levels and len(levels.group()) >= len(others):
        others = levels.group()
    if not (others and (levels and others == levels.group() or _all_units(others, unit_like))):
        others = _open_object(text, at, stop, unit_like) or others
    return others if others and (levels and others == levels.group() or _all_units(others, unit_like)) else ""


# The short name a regulation gives a unit it names ("…行政主管部门(以下简称“区燃气主管部门”)").
SHORT_NAME = re.compile(r"〔以下(?:简称|称)([^〔〕]{1,30}?)〕|[(（]以下(?:简称|称)[“\"「]?([^()（）“”\"」]{1,30}?)[”\"」]?[)）]")


def _end_past_notes(text: str, start: int, length: int) -> int:
    """Where ``length`` characters of names from ``start`` end in ``text`` when '(…,下同)' notes are not counted,
    a note right after them included."""
    i, n = start, 0
    while n < length and i < len(text):
        note = SAME_BELOW_RE.match(text, i)
        i, n = (note.end(), n) if note else (i + 1, n + 1)
    note = SAME_BELOW_RE.match(text, i)
    return note.end() if note else i


def _past_notes(text: str, start: int) -> int:
    """Where a subject's segment may end: after the last '(…,下同)' note of the names that open it."""
    end = start
    for m in SAME_BELOW_RE.finditer(text, start, start + 60):
        if SEGMENT_END.search(text, end, m.start()):
            break
        end = m.end()
    return end


# Places sharing the body of each after 的 ("各县区、开发区的机关事务管理部门在市机关事务管理局指导下,负责…", unseen w1743):
# each place's body.
_PLACE_NOTE = r"(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?"
PLACES_OF_BODY = re.compile(r"(各?(?:[\u4e00-\u9fff]{1,6}" + _PLACE_NOTE + r"、)*[\u4e00-\u9fff]{1,6}" + _PLACE_NOTE + r")的"
                            r"([\u4e00-\u9fff]{2,16}?(?:部门|机构|中心|办公室|局|站|所|办|委))"
                            r"(?=" + BEFORE_VERB + ADVERB + VERBS + ")")
PLACE_PIECE = re.compile(r"各?(?:[\u4e00-\u9fff]{0,4}(?:开发区|高新区|园区|新区)|(?:[省市县区旗乡镇]|县区|区县|县市|市县|乡镇|街道){1,2})"
                         + _PLACE_NOTE)


def _places_body(text: str, start: int) -> Marker | None:
    m = PLACES_OF_BODY.match(text, start)
    pieces = re.split(r"、(?![^（(]*[）)])", m.group(1)) if m else []
    if (not pieces or len(pieces) == 1 and not pieces[0].startswith("各") or not all(PLACE_PIECE.fullmatch(p) for p in pieces)
            or DONE.search(text, m.end(), m.end() + 40)):
        return None  # (one place alone only with 各: "各乡镇的农经站负责…"; "县里的…" names no body of a list)
    return Marker(start, m.end(), {"responsible": ["、".join(p + m.group(2) for p in pieces)]}, "subject")


def _short_named(text: str, start: int, stop: int, unit_like: Callable[[str], bool]) -> tuple[str, int] | None:
    """A subject given a short name by its regulation, before its verb, and where the verb starts: the
    unit as named before the bracket (each level's where levels share it, "市、县(市、区)爱国卫生运动委员会
    (以下简称爱卫会)应…"; the unit before 是 in "市市政行政管理部门是本市燃气行政主管部门(以下简称…),统筹负责…"),
    or the short name where the words before it name no unit ("区(市)县负责城市管理工作的部门〔以下简称区(市)县
    城市管理部门〕负责…", unseen w614; one department of several levels, unseen w616)."""
    found = SHORT_NAME.search(text, start, stop + 1)
    if found is None:
        return None
    verb = found.end() + (text[found.end():found.end() + 1] in "，,")
    if not SUBJECT_VERB.match(text[verb:]):
        return None
    before = text[start:found.start()]
    if "\n" in before or len(before) > 40:
        return None  # a name runs on no other line ('…》的通知⏎…⏎A领导小组(以下简称…)': the line's own name only)
    designated = re.fullmatch(r"(.{2,24}?)是[^是]{2,20}?主管(?:部门|机关)", before)  # "A是本市燃气行政主管部门": A
    named, rest = cut(designated.group(1) if designated else before)
    if named and not rest.strip() and _heading_units(named, unit_like):
        return named, verb
    short = found.group(1) or found.group(2)
    return (short, verb) if unit_like(short) and not SET_UP.search(before) else None  # not "县政府成立领导小组(…)"


def _joint_list(text: str, start: int, unit_like: Callable[[str], bool]) -> tuple[str, int] | None:
    """"镇林业站、镇派出所、各村委会等联合开展…" opening a sentence: the units before 等 and where the verb of
    acting together begins; None when they are not all units or all groups (各部门、各单位等联合…: everyone)."""
    m = JOINT_LIST.match(text, start)
    if m is None or not _all_units(m.group(1), unit_like) or all(is_group(u) for u in split_cell(m.group(1))):
        return None
    return m.group(1), m.end()


def _sector_closing(units: str, group: str, unit_like: Callable[[str], bool]) -> str:
    """The named units of a list before 等(有关)部门/单位, or "" when it is no list of units. A sector
    written bare after 及/和 at its end is one of the departments the group word names ("A、B及税务等
    有关部门" -> A、B、税务部门), as sectors before 等部门 are."""
    if _all_units(units, unit_like):
        return units
    if group.endswith("部门"):  # "人事、劳动、教育、国资委等有关部门要…" (unseen w713): each sector's 部门, a unit as named
        sectors = _open_object(f"{units}等{group}", 0, len(units) + len(group) + 1, unit_like)
        bare = [p for p in split_cell(units) if not looks_like_org(p)]
        if sectors and not any(has_task_word(p) or is_step_of_work(p) for p in bare):
            return sectors  # not '规划编制、项目审批等有关部门' (steps of work)
    head, _, last = units.rpartition("、")
    joined = re.fullmatch(r"(.{2,20}?)[及和]([\u4e00-\u9fff]{2,4})", last)
    if not (group.endswith("部门") and joined and is_sector(joined.group(2))):
        return ""
    named = "、".join(filter(None, [head, joined.group(1), joined.group(2) + "部门"]))
    return named if _all_units(head + "、" + joined.group(1) if head else joined.group(1), unit_like) else ""


def _open_object(text: str, start: int, stop: int, unit_like: Callable[[str], bool]) -> str:
    """"工商、行政执法等部门采取…" after 组织/会同: the sectors named before 等部门, each with 部门
    (工商部门, 行政执法部门) unless it is a unit's name already; "" when it is no such list."""
    m = OPEN_OBJECT.match(text, start, stop)
    if m is None:
        return ""
    bare = [p for q in split_cell(m.group(1)) for p in _and_unit(q, unit_like)]
    if m.group(2) and not all(looks_like_org(p) or is_sector(p) for p in bare):
        return ""  # "农牧林水等涉农部门" (blind w505): no sectors the lexicon knows, the kind of body says what they are
    if any(len(p) > 2 and is_step_of_work(p) for p in bare):
        return ""  # '规划编制、项目审批、资金拨付等有关部门': steps of work, no sectors (as ``_sector_closing`` reads them;
        # 编制 alone is the staffing office's sector: '…发展改革、财政、编制、卫生…等有关部门', blind w263)
    pieces = [p if looks_like_org(p) else p + m.group(3) for p in first_level_shared(bare)]
    return "、".join(pieces) if pieces and all(unit_like(p) and len(p) <= 12 for p in pieces) else ""


def _and_unit(piece: str, unit_like: Callable[[str], bool]) -> list[str]:
    """"企业主管部门和公安消防" before 等部门: a unit and 和 before a sector are two; "国土资源和规划" and a department
    whose name holds 和 ("市工业和信息化局") stay one.
    A sector and 和 before a body with a name of its own are two as well ("药品监督和残联等有关部门", an
    自治区 plan: 药品监督部门 and 残联): the sector shares the group's 部门, the body keeps its name."""
    m = re.search(r"[和及与]", piece)
    if m is None or is_department(piece):
        return [piece]  # "市工业和信息化局": one department whose name holds 和 (the probe of 131bfb4)
    joined = sectors_joined(piece)
    if len(joined) > 1:
        return joined  # "劳动保障和统计等有关行政管理部门" (unseen w2591): two sectors sharing the group's 部门
    left, right = piece[:m.start()], piece[m.end():]
    named_right = right and looks_like_org(right) and unit_like(right) and not looks_like_org(left)
    return [left, right] if right and (unit_like(left) or named_right and not has_task_word(left)) else [piece]


def _shared_affix(text: str, start: int) -> tuple[str, int] | None:
    """"各市县教育、公安、交通运输部门要…" -> 各市县教育部门、各市县公安部门、各市县交通运输部门, and
    where the subject ends: the level before the first sector and the 部门 after the last
    belong to each (sectors with no task word, none ending as a unit's name of its own)."""
    with_group = _level_sector_with_group(text, start)
    if with_group:
        return with_group
    if LEVEL_JOINED.match(text, start):
        return None  # "市和区、县计划生育行政部门": levels sharing one name (``_heading_units``), no sectors
    m = SHARED_AFFIX.match(text, start)
    if m is None or levels_sharing_name(m.group()):
        return None  # "各市州、县市区人民政府是…" (blind w2148): levels sharing one name (``_heading_units``), no sectors
    prefix, sectors, suffix = m.group(1), m.group(2).split("、"), _group_body(m.group(4))
    if m.group(4).startswith("监管") and m.end(2) == m.start(4) and (is_sector(sectors[-1] + "监管")
                                                                     or not is_sector(sectors[-1])):
        sectors[-1] += "监管"  # "商务、供销、市场监管部门负责…": the last sector's own 监管 (unseen w1220), no 等 before it;
        # "农业、安全监管部门要…" (unseen w1484): 安全 is no sector alone
    named = [m.group(3)] if m.group(3) and _named_unit(m.group(3)) else []
    if m.group(3) and not named:  # "…、人力资源和社会保障等部门": 和 inside the last sector
        sectors[-1] += text[m.end(2):m.end(3)]
    sectors = [q for sector in sectors for q in sectors_joined(sector)]  # "工商、劳动保障和统计等有关行政管理部门"
    after = m.group(5).split("、") if m.group(5) else []
    if not all(is_unit_name(u) and (not is_group(u) or u.startswith("各") and suffix.endswith(("部门", "单位")))
               for u in after):  # a group after sectors' 部门 joins them ("…等部门和各乡镇人民政府要…"), not after places'
        # government ("东湖、西湖区政府和各街道要…": whose streets, the text does not say)
        return None  # "锦江、青羊区政府和成都高新区管委会作为…": more named units after 和, or none
    named += after  # "…物价和住房公积金管理中心等部门", "…银监等部门和住房公积金管理中心、总工会,在各自职责范围内…" (unseen w1440, w1441)
    places = _level_and_places(prefix, sectors, suffix)
    if places:
        return "、".join(places), m.end()
    if any(ORG_END_RE.search(re.split(r"[和及与]", s)[0]) for s in sectors if re.search(r"[和及与]", s)):
        return None  # "各级政府及水利、计委、环保等部门…" (unseen w1462): a body and the sectors after it, no shared level
    own = {s for s in sectors if ORG_END_RE.search(s) and _named_unit(s)}
    if 2 * len(own) >= len(sectors):
        own = set()  # a unit named among sectors keeps its name ("…、税务、人民银行、银监等部门", unseen w1441)
    own |= {s for s in sectors if MASS_BODY.fullmatch(s)}  # "教育、宣传、共青团、妇联等相关部门要…" (unseen w2467): no 妇联部门
    if any(has_task_word(s) or ORG_END_RE.search(s) and not is_sector(s) and s not in own or is_group(s)
           or prefix == "各" and GROUP_END_RE.fullmatch(s) for s in sectors):
        return None  # "各村、领导小组各成员单位要…", "各社区、镇属各单位要…": 各村, 各社区 are groups of their own
    if 2 * sum(map(is_step_of_work, sectors)) >= len(sectors):
        return None  # "审批、登记、备案等有关部门要…", "规划编制、项目审批…": steps of work, no sectors (probe of a892e7e);
        # one among sectors is a sector's own ("…、税务、房地产登记等部门按照各自职责负责…", unseen w1445)
    if suffix == "单位" and all(is_sector(s) for s in sectors):
        return None  # "民政、残联等单位要…": sectors' own bodies, no '民政单位' (建设、施工、监理等单位: kinds of units)
    return "、".join([prefix + s + ("" if s in own else suffix) for s in sectors] + named), m.end()


# A people's organisation, named as it is among sectors sharing a 部门 (the sector of its own work is no 部门 of it).
MASS_BODY = re.compile(r"(?:总)?工会|妇联|残联|科协|工商联|文联|侨联|团委|共青团|关工委|红十字会")


def _named_unit(name: str) -> bool:
    return is_unit_name(name) and not is_group(name) and not is_sector(name)


def _level_sector_with_group(text: str, start: int) -> tuple[str, int] | None:
    """"市公安和各县（市、区）公安部门要…" -> 市公安部门、各县（市、区）公安部门 and where the subject ends: a level's
    sector (教育, 公安, 交通运输) and a group of places below it (各县（市、区）, 各乡镇（街道）) sharing the sector's
    department; None when the words are no sector or no group of places."""
    m = LEVEL_SECTOR_WITH_GROUP.match(text, start)
    if m is None or not is_sector(m.group(2)) or not _PLACE.fullmatch(strip_note(m.group(3))):
        return None
    level, sector, group, body = m.group(1), m.group(2), m.group(3), _group_body(m.group(4))
    return f"{level}{sector}{body}、{group}{sector}{body}", m.end()


def _group_body(suffix: str) -> str:
    """The body each sector of a shared list gets: "教育、农机、文物等行业监管部门" names each sector's
    department (教育部门 …); 行业 and 监管 say what the group is, not part of a name. 主管部门 and
    行政部门 are kept as written (公安、交通主管部门 -> 公安主管部门). 职能 ("宣传、教育、司法等职能部门") says the
    same: each sector's 部门."""
    return re.sub(r"^(?:行业|职能)?(?:监管)?", "", suffix)


# "建设及环翠区" opening a shared list: a level's sector, 及/和, the first place sharing it.
_LEVEL_SECTOR_AND = re.compile(r"([\u4e00-\u9fff]{2,6}?)[及和]([\u4e00-\u9fff]{2,6})")
# A place or zone named bare in such a list: 环翠区, 高区, 经区, 工业新区, 各县, 各乡镇, 街道.
_PLACE = re.compile(r"各?[\u4e00-\u9fff]{0,5}(?:[区县市旗乡镇]|街道)")


def _level_and_places(prefix: str, pieces: list[str], body: str) -> list[str]:
    """"市建设及环翠区、高区、经区、工业新区建设主管部门" (a 市 opinion): the 市's sector and the
    places after 及, all sharing the sector named again before the body -> 市建设主管部门,
    环翠区建设主管部门, 高区建设主管部门, …; [] when the list is not so written (the first piece no
    '<sector>及<place>', the last not '<place><the same sector>', a piece no place)."""
    if not prefix or len(pieces) < 2:
        return []
    first = _LEVEL_SECTOR_AND.fullmatch(pieces[0])
    sector = first.group(1) if first else ""
    if not (first and is_sector(sector) and pieces[-1].endswith(sector)):
        return []
    places = [first.group(2), *pieces[1:-1], pieces[-1][:-len(sector)]]
    if not all(_PLACE.fullmatch(p) and not has_task_word(p) for p in places):
        return []
    return [prefix + sector + body] + [p + sector + body for p in places]


def _including(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"包括A、B、C在内的5个部门及D，将共同开展…": A, B, C and D are the sentence's subject."""
    m = INCLUDING.match(text, start)
    units = [u for u in m.groups() if u] if m else []
    if not units or not all(_all_units(u, unit_like) for u in units):
        return None
    return Marker(start, m.end(), {"responsible": ["、".join(units)]}, "subject")


def _whole_subject(text: str, start: int, stop: int, unit_like: Callable[[str], bool]) -> str:
    """The longest run of unit names from ``start`` that a verb follows ("县委组织部负责…",
    not 县委 before 组织), when the lexicon does not cut the list itself."""
    ends = [m.end(1) for m in SUBJECT_END.finditer(text, start, min(stop, start + 42))]
    return next((text[start:e] for e in reversed(ends) if _all_units(text[start:e], unit_like)
                 or _levels_of_one_unit(text[start:e], unit_like) or _units_and_sectors(text[start:e], unit_like)), "")


def _levels_of_one_unit(name: str, unit_like: Callable[[str], bool]) -> bool:
    """"市、区森林防火指挥部": levels sharing one body's name, each level's body a unit."""
    each = levels_sharing_one_name(name)
    return bool(each) and all(unit_like(u) for u in each)


def _head_unit(text: str, start: int, unit_like: Callable[[str], bool]) -> Marker | None:
    """"交通部门：结合实际，制定…" at a paragraph's head: the named unit before the colon owns
    the paragraph, with no role verb after it (牵头 right after it: it leads). A group alone
    (各乡镇人民政府：, a notice's addressees) is not such a head."""
    head = (HEAD_UNIT.match(text, start) or HEAD_DUTIES.match(text, start) or HEAD_SENTENCE.match(text, start)
            or _head_before_comma(text, start))
    name = head.group(1) if head else ""
    duties = DUTY_HEADING.search(name) if head and head.re is not HEAD_SENTENCE else None
    if duties and not ANY_DEPARTMENT.fullmatch(name[:duties.start()]):
        name = name[:duties.start()]  # "县水利局(主要)职责：负责…": the unit whose duties follow
    if head is None or head.re is HEAD_SENTENCE and text.startswith("由", head.end()) and (
            _annotation(text, head.end(), unit_like) or TEAM_LED.match(text, head.end())):
        return None  # "煤矿安全督查组。由A1名县级领导带队…", "…检查组。由A牵头…": a team, the unit that leads it named next
    if head.re is HEAD_SENTENCE and (_bare_short_form(name) or KIND_TITLE.fullmatch(name.strip())
                                     or WORK_TITLE.fullmatch(name.strip())) and not DUTY_LINE.match(text, head.end()):
        return None  # '(二)市场监管。市农业局负责…' (unseen w2208): a topic's title, though 市场监管 also names a bureau
    own_sentence = re.match(re.escape(name) + "要(?!求)", text[head.end():].lstrip())
    if NOTICE_OPENING.match(text, head.end()) or not _all_units(name, unit_like) or not duties and all(
            is_group(u) for u in split_cell(name)) and not own_sentence:
        return None  # "各乡镇人民政府的职责": a group's own duties (but '各村:各村要…': the group heads its own duty, w1040)
    role = ("lead" if text.startswith("牵头", head.end()) else "cooperating"
            if HELPS_AS_SUBJECT.match(text[head.end():]) else "responsible")  # "市司法局:配合有关部门…" (unseen w639)
    return Marker(start, start + len(head.group(1)), {role: [name]}, "subject")


def _head_before_comma(text: str, start: int) -> re.Match | None:
    """The paragraph's opening words before a comma when what follows the comma is their duty (``HEAD_COMMA``): a
    clause, not more names ('县政府，各乡镇人民政府：', a notice's addressees) nor a heading of its own."""
    head = HEAD_COMMA.match(text, start)
    if head is None or not all(p[:1] in LEVELS or _plainly_named(p) for p in split_cell(head.group(1))):
        return None  # a level's body ('县水务管理部门，负责…'), not words that only end as a name does ('培育壮大企业梯队,实施…')
    stop = SEGMENT_END.search(text, head.end())
    if stop is not None and stop.group() in "：:" or NOTICE_OPENING.match(text, head.end()):
        return None
    rest = text[head.end():]
    return head if LIST_SUBJECT_VERB.match(rest) or PLAIN_VERB.match(rest) or DUTY_MANNER.match(rest) else None


def person_led(text: str) -> int:
    """Where the paragraph's first sentence ends when a person is its subject ("村党支部书记对本村
    防溺水工作负总责，…。", "校长要…"): people own no task; -1 when the sentence opens otherwise."""
    m = SENTENCE_START.match(text)
    start = m.end() if m is not None else 0
    if not PERSON_LED.match(text, start):
        return -1
    stop = SENTENCE_END.search(text, start)
    return stop.end() if stop else -1


# A first line that closes with the parties it gives its work to, none a unit ("…场地等由所有权人、使用者或者
# 管理者负责。", "…由经营者负责；"): the line is annotated, by no unit.
PARTY_LINE = re.compile(r"[^\n]*?由(?![于此])[^，,。；;\n由]{1,30}?负责[。；;]?[ \u3000]*\n")


def party_led(text: str) -> int:
    """Where an item's first line ends when it closes by giving its work to parties, no unit ("其他建筑物…由
    所有权人、使用者或者管理者负责。"): a paragraph after it with an owner of its own is a task of its own, not
    the line's owner; -1 when the first line does not close so."""
    m = PARTY_LINE.match(text)
    return m.end() if m is not None else -1


def opens_with_owner(text: str, unit_like: Callable[[str], bool]) -> bool:
    """The paragraph opens (after its number) with its owner as a heading of its own: a
    named unit and a colon ("交通部门：…") or a sentence that is only the units ("6、区质检局。负责…")."""
    m = SENTENCE_START.match(text)
    return m is not None and _head_unit(text, m.end(), unit_like) is not None


def _heads(text: str, start: int, marker: Marker) -> bool:
    """The paragraph opens with its owner: "交通部门：…", or a sentence that is only the units."""
    sentence = HEAD_SENTENCE.match(text, start)
    return bool(HEAD_UNIT.match(text, start)) or sentence is not None and sentence.end(1) == marker.end


# Bodies named by their kind alone ('企业', '企事业单位'), which a list opened by a group reads as 'each one of them':
# '各乡(镇)、各部门(单位)、企业、学校、医院…要层层召开动员大会' (unseen w1014); alone they name no one.
BARE_KIND = re.compile(r"(?:幼儿园|企业|企事业单位|事业单位|机关|社会组织|人民团体|团体)")


def _kinds_after_group(units: str, unit_like: Callable[[str], bool]) -> str:
    """``units`` when a group opens the list and every other piece is a unit or a bare kind of body."""
    pieces = list_units(units)
    if len(pieces) < 2 or not is_group(pieces[0]) or not any(BARE_KIND.fullmatch(p) for p in pieces[1:]):
        return ""
    return units if all(unit_like(p) or BARE_KIND.fullmatch(p) for p in pieces[1:]) else ""


def places_group(name: str) -> bool:
    """各村, 各乡镇(街道), 各有关行政村: every place of a level, named as owners are (``PLACES_GROUP``)."""
    return bool(PLACES_GROUP.match(name) and GROUP_END_RE.search(strip_note(name)))


def _all_units(units: str, unit_like: Callable[[str], bool]) -> bool:
    """Every piece a unit; places named bare before the level and body they share are theirs
    ('东湖、西城、南岭区人民政府：负责辖区内…', s60's probe; markers.list_units)."""
    pieces = list_units(units)
    return bool(pieces) and all(unit_like(p) or all(unit_like(q) for q in split_and(p)) for p in pieces)

