package cn.fazhi.assess.extract;

import cn.fazhi.assess.read.ReportText;
import cn.fazhi.assess.scoring.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MetaAndNumbersTest {
    private final ReportExtractor extractor = new ReportExtractor(RuleHarness.CHECKLIST);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "南陵县人民政府关于2023年度法治政府建设情况的报告 | 南陵县 | county | 2023",
            "黄湾镇2022年度法治政府建设工作报告 | 黄湾镇 | township | 2022",
            "武汉市市场监督管理局2022年法治政府建设情况报告 | 武汉市市场监督管理局 | department | 2022",
            "嘉善县司法局2021年度法治政府建设工作报告 | 嘉善县司法局 | department | 2021",
            // a 市 is a city only when it is a prefecture-level one; the others are 县级市, scored as counties
            "乐平市人民政府关于2024年法治政府建设情况的报告 | 乐平市 | county | 2024",
            "义乌市2022年法治政府建设年度报告 | 义乌市 | county | 2022",
            "景德镇市人民政府关于2024年法治政府建设情况的报告 | 景德镇市 | city | 2024",
            "江苏省苏州市2021年法治政府建设工作报告 | 苏州市 | city | 2021",
            "廣州市人民政府關於2022年度法治政府建設情況的報告 | 广州市 | city | 2022",
            "阿克苏市2023年法治政府建设情况报告 | 阿克苏市 | county | 2023"})
    void metaFromTheTitle(String title, String unit, String level, int year) {
        Extraction e = extractor.extract(ReportText.of("t.txt", "txt", title + "\n一、主要工作\n正文。"));

        assertThat(e.unit()).isEqualTo(unit);
        assertThat(e.level()).isEqualTo(level);
        assertThat(e.year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "安徽省人民政府关于2023年法治政府建设情况的报告 | x.txt | 安徽省 | province | 2023",
            "中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告 | x.txt | 浚县 | county | 2024",
            "四川省人民政府2022年度法治政府建设工作情况 | x.txt | 四川省 | province | 2022",
            "东方山街道办事处2025度法治政府建设年度报告 | x.txt | 东方山街道 | township | 2025",
            "赵县人民政府\\n2022年度法治政府建设情况报告 | x.txt | 赵县 | county | 2022",
            "中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告 | x.txt | 黄湾镇 | township | 2024",
            "鲤城区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告 | x.txt | 金龙街道 | township | 2022",
            "重庆市江津区城市管理局关于2025年法治政府建设情况的报告 | x.txt | 江津区城市管理局 | department | 2025",
            "市委、市政府:\\n2025年,县委、县政府坚持依法行政。 | 汝阳县2025年法治政府建设年度报告.docx | 汝阳县 | county | 2025",
            "2022年,我市司法行政工作坚持法治引领。 | 遂宁市司法局2022年法治政府建设年度报告.docx | 遂宁市司法局 | department | 2022",
            "2023年,在市委的坚强领导下,市市场监管局以法治建设为抓手。 | 09_绍兴市市场监管局_2023.txt | 绍兴市市场监管局 | department | 2023",
            "2022年,在区委、区政府的坚强领导下,东城街道深入学习贯彻习近平法治思想。 | x.txt | 东城街道 | township | 2022",
            "2021年,司法部堅持以習近平新時代中國特色社會主義思想為指導。 | x.txt | 司法部 | ministry | 2021",
            "广州市人民政府关于2022年度法治政府建设情况的报告 | x.txt | 广州市 | city | 2022",
            "河北唐山芦台经济开发区管委会2022年度法治政府建设工作报告\\n2022年,芦台经济开发区坚持依法行政。 | x.txt | 芦台经济开发区 | county | 2022",
            // no title: the unit's own document names it, where the text says 我县 / 全市 (长武县 2021, 岳阳市 2025)
            "2021年,在县委的坚强领导下,我县以《长武县2021年法治政府建设工作要点》为抓手,调整县委全面依法治县委员会。 | x.txt | 长武县 | county | 2021",
            "现将2025年度法治政府建设情况报告如下。\\n聚焦我市发展大局,编制《岳阳市人民政府2025年度重大行政决策事项目录》。 | x.txt | 岳阳市 | city | 2025",
            // a department that says 我局 and names its city only in the city's documents (东莞市财政局 2021)
            "2021年以来,我局全面落实《东莞市2021年依法行政工作要点》。\\n一、主要举措\\n市财政局党组始终把习近平法治思想贯彻落实到依法理财全过程,局主要领导多次主持局务会议研究部署。 | x.txt | 东莞市财政局 | department | 2021",
            // a clause after the name is no part of it (城东区市场监督管理局 2024)
            "2024年,城东区市场监督管理局根据区委、区政府的部署,坚持依法行政。 | x.txt | 城东区市场监督管理局 | department | 2024",
            // 基本局面 is no 本局: a county that speaks of it is still the county
            "2023年,我县法治政府建设形成了良好的基本局面,全面落实《永年县2023年法治政府建设工作要点》。 | x.txt | 永年县 | county | 2023",
            // the opening names its year as 2020年是… (江苏省 2020)
            "2020年是全面建成小康社会收官之年。全省各级政府坚持依法行政。 | 江苏省法治政府建设情况.html | 江苏省 | province | 2020",
            // session 9's held-out forms: a title broken after its year, under the party and government lines (航空港区 2022)
            "中共郑州航空港经济综合实验区工作委员会\\n郑州航空港经济综合实验区管委会\\n关于航空港经济综合实验区2022年度\\n法治政府建设情况的报告\\n来源:党政办 日期:2023-03-29 | x.txt | 航空港经济综合实验区 | county | 2022",
            // a 新区 named for its city (兰州新区 2022); a district whose name holds a 州 (甘州区城市管理局 2025)
            "兰州新区管理委员会关于报送\\n《兰州新区2022年度法治政府建设情况》的报告 | x.txt | 兰州新区 | county | 2022",
            "甘州区城市管理局 关于2025年法治政府建设情况的报告 | x.txt | 甘州区城市管理局 | department | 2025",
            "2023年,杭州市萧山区坚持依法行政。\\n萧山区人民政府关于2023年法治政府建设情况的报告 | x.txt | 萧山区 | county | 2023",
            // the place written twice (元谋县县卫生健康局 2022)
            "2022年,元谋县县卫生健康局在县委、县政府的坚强领导下,深入贯彻落实党的十九大精神。 | x.txt | 元谋县卫生健康局 | department | 2022",
            // a government's office reporting on itself (陕西省人民政府办公厅 2021), not the government
            "陕西省人民政府办公厅\\n2021年度法治建设工作情况报告\\n2021年,我厅深入学习习近平法治思想。 | x.txt | 陕西省人民政府办公厅 | department | 2021",
            "某某县人民政府办公室关于2023年法治政府建设情况的报告\\n2023年,县政府坚持依法行政。 | x.txt | 某某县 | county | 2023",
            // the file name's parent place dropped where the report names it as one (奉节县 → 鱼复街道)
            "2021年,街道按照《奉节县法治政府建设实施方案》的要求推进工作。 | 39_重庆奉节鱼复街道_2021.txt | 鱼复街道 | township | 2021",
            // the year before the unit; the page's 来源 names the office that posted it (陇西县 2025)
            "当前位置 : 首页\\n2025年陇西县法治政府建设情况\\n 日期 : 2026-01-15  文章来源 : 司法局\\n2025年,陇西县政府坚持依法行政。 | x.txt | 陇西县 | county | 2025",
            // a county's bureau branch keeps its city's bureau (广州市公安局增城区分局 2023)
            "广州市公安局增城区分局关于2023年法治政府建设情况的报告 | x.txt | 广州市公安局增城区分局 | department | 2023",
            // a clause is no name: 一是成立党工委书记任组长的街道法治建设领导小组,下设办公室 (珠吉街道 2022)
            "2022年,我街认真贯彻落实习近平法治思想。\\n一、主要举措\\n一是成立党工委书记任组长的街道法治建设领导小组,下设办公室。 | 20_广州天河珠吉街道_2022.txt | 天河珠吉街道 | township | 2022",
            // Guangzhou's streets call themselves X街 (鹤龙街 2024)
            "2024年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导。 | x.txt | 鹤龙街 | township | 2024",
            // a district named 市中区, written after its city with one 市 (枣庄 市中区人社局 2021)
            "2021年以来,区人社局在区委、区政府正确领导下坚持依法行政。 | 23_山东枣庄市中区人社局_2021.txt | 市中区人社局 | department | 2021",
            "市中区人力资源和社会保障局2021年度法治政府建设情况报告 | x.txt | 市中区人力资源和社会保障局 | department | 2021",
            // a verb phrase is no name (主动担当新区法治建设领导责任, 滨海湾新区 2024)
            "2024年,在市委、市政府的坚强领导下,滨海湾新区(以下简称“新区”)始终坚持依法行政。\\n新区党工委主要负责人主动担当新区法治建设领导责任。 | x.txt | 滨海湾新区 | county | 2024",
            // a mid-text clause met once is no name (解决全省…, 针对省委…); a 和 after 政府 joins two bodies (梅州市自然资源局 2021)
            "2019年,全省各级政府坚持依法行政。\\n二是审定年度依法行政工作要点,解决全省法治政府建设重大问题。 | 01_广东省_2019.txt | 广东省 | province | 2019",
            "2021年,我市坚持依法行政。\\n二是强化督察整改。针对省委依法治省办向我市反馈的问题抓好整改。 | 03_江西赣州市_2021.txt | 赣州市 | city | 2021",
            "2021年,在市委、市政府和省自然资源厅党组的正确领导下,我局坚持依法行政。 | 29_广东梅州市自然资源局_2021.txt | 梅州市自然资源局 | department | 2021",
            // a zone named for its city (北京经济技术开发区 2021); a bureau named without its place, completed by the file name
            "2021年,在市委、市政府的坚强领导下,北京经济技术开发区坚持以习近平法治思想为指导。\\n北京经济技术开发区深化改革。 | x.txt | 北京经济技术开发区 | county | 2021",
            "县委、县政府:\\n2024年以来,教育局坚持以习近平法治思想为指引。\\n我局认真落实法治政府建设要求。 | 29_江苏建湖县教育局_2024.txt | 建湖县教育局 | department | 2024",
            // 贵州省 is one place; 城乡 in 住房和城乡建设局 is none (贵州省市场监管局 2020, 温岭市住房和城乡建设局 2021)
            "贵州省市场监管局2020年法治政府建设情况报告 | x.txt | 贵州省市场监管局 | department | 2020",
            "温岭市住房和城乡建设局2021年法治政府建设工作报告 | x.txt | 温岭市住房和城乡建设局 | department | 2021",
            // the year with a space, in mid-line after 根据…, or only in a dated event (邹城市 2023, 清波街道 2023, 高邑县 2020)
            "2023 年,邹城坚持以习近平新时代中国特色社会主义思想为指导。 | 05_山东邹城市_2023.txt | 邹城市 | county | 2023",
            "根据中共中央《全面深化法治领域改革纲要(2023—2027年)》的部署,2023年,清波街道以法治建设为抓手,清波街道党工委坚持依法行政。 | x.txt | 清波街道 | township | 2023",
            "中共高邑县委:\\n今年以来,我县以落实《法治政府建设实施纲要(2015-2020年)》为主线。\\n县政府于2020年3月18日印发了工作要点。 | 08_河北高邑县_2020.txt | 高邑县 | county | 2020",
            // session 10, with no file name to fall back on: the subject with its 办事处, its party and government,
            // after 今年以来 or a clause ending 领导下 (新市街道, 龙华街道, 桑日镇, 河北省, 六安市农业农村局 …)
            "2023年,在区委、区政府的正确领导下,新市街道办事处坚持以习近平新时代中国特色社会主义思想为指导。 | x.txt | 新市街道 | township | 2023",
            "今年以来,龙华街道坚持以习近平新时代中国特色社会主义思想为指导,按照《深圳市龙华区2021年度法治政府建设工作要点》推进工作。 | x.txt | 龙华街道 | township | 2021",
            "2025年,桑日镇党委、政府在县委、县政府的坚强领导下,推进法治政府建设。 | x.txt | 桑日镇 | township | 2025",
            "2019年,河北省委、省政府坚持以习近平新时代中国特色社会主义思想为指导。 | x.txt | 河北省 | province | 2019",
            "2021年,在市委、市政府的坚强领导下,省农业农村厅的正确指导下,六安市农业农村局全面贯彻落实法治政府建设。 | x.txt | 六安市农业农村局 | department | 2021",
            "2020年以来,在市委、市政府的坚强领导下,山海关区政府坚决贯彻落实习近平法治思想。 | x.txt | 山海关区 | county | 2020",
            "2021年时间节点特殊,是“十四五”规划开局之年。这一年,唐山市委、市政府以习近平法治思想为指导。现将2021年度法治政府建设情况报告如下。 | x.txt | 唐山市 | city | 2021",
            // a title broken after 关于; 现将 the unit 法治政府建设…; a name opening with 共, 和 (共和县, 和平区)
            "长春市人民政府关于\\n2023年度法治政府建设情况的报告 | x.txt | 长春市 | city | 2023",
            "2022年,镇政府坚持依法行政。现将大黄堡镇法治政府建设有关情况汇报如下。 | x.txt | 大黄堡镇 | township | 2022",
            "共和县2021年法治政府建设工作报告\\n共和县2021年法治政府建设工作报告 | x.txt | 共和县 | county | 2021",
            "和平区人民政府关于2022年度法治政府建设情况的报告 | x.txt | 和平区 | county | 2022",
            // a department's 管理委员会; a place's party committee reporting alone; a government office reporting on itself
            "天津市市场监督管理委员会\\n2023年法治政府建设情况报告 | x.txt | 天津市市场监督管理委员会 | department | 2023",
            "中共张店区房镇镇委员会关于2024年度法治建设工作情况的报告 | x.txt | 房镇镇 | township | 2024",
            "根据《法治政府建设与责任落实督察工作规定》,现将市政府办公室2022年度法治政府建设情况报告如下:\\n2022年,市政府办公室坚持依法行政,紧紧围绕《保山市法治政府建设实施纲要(2021一2025年)》明确的目标任务推进工作。 | x.txt | 保山市政府办公室 | department | 2022",
            // a bare department completed from the page (武汉市水务局) or the place the text names (绍兴市)
            "2026-01-20 17:01  武汉市水务局\\n市水务局2025年度法治政府建设情况报告\\n2025年,我局深入学习贯彻习近平法治思想。 | x.txt | 武汉市水务局 | department | 2025",
            "2023年,在市委的坚强领导下,市市场监管局以法治建设为抓手,全面落实《绍兴市优化营商环境条例》。 | x.txt | 绍兴市市场监管局 | department | 2023",
            // 县人民政府 / 我镇 / 我街 resolved from the place of that kind the text names as a body (岳阳县, 下太镇, 沙面街道)
            "现将县人民政府2022年法治政府建设工作情况报告如下。\\n一、主要成效\\n制定了《岳阳县人民政府常务会会前学法制度》《岳阳县法治政府建设实施方案》。 | x.txt | 岳阳县 | county | 2022",
            "2022年,全镇上下深入学习党的二十大精神,让党的二十大精神在下太镇落地生根。把习近平法治思想列入下太镇委党校培训课程。 | x.txt | 下太镇 | township | 2022",
            "2024年,我街坚持依法行政,落实《沙面街道2024年法治建设工作任务》。 | x.txt | 沙面街道 | township | 2024",
            // a file name's parent place dropped: a prefecture city (营口), a county the text never names (青田)
            "2025年,我区坚持依法行政。 | 10_辽宁营口老边区_2025.txt | 老边区 | county | 2025",
            "2024年,我乡坚持依法行政,全力建设法治舒桥。 | 12_浙江青田舒桥乡_2024.txt | 舒桥乡 | township | 2024",
            // session 11, every file name hidden: a place whose name opens with 全 or 本 (全南县, 本溪市, 全椒县)
            "2022年全南县自然资源局在县委、县政府的正确领导下推进工作,现将全南县自然资源局2022年法治政府建设情况报告如下: | x.txt | 全南县自然资源局 | department | 2022",
            "本溪市人民政府关于2021年度法治政府建设情况的报告 | x.txt | 本溪市 | city | 2021",
            "全椒县2023年法治政府建设工作报告 | x.txt | 全椒县 | county | 2023",
            // the subject followed by its own superiors' lead, not taken for a clause "…领导下,"
            "2023年,长治市城市管理局在市委、市政府的正确领导下,在省住建厅有力指导下,根据市委全面依法治市委员会的工作部署安排,深入学习贯彻习近平法治思想。 | x.txt | 长治市城市管理局 | department | 2023",
            "2024年,金沙镇在县委、县政府的正确领导下,扎实推进法治建设。 | x.txt | 金沙镇 | township | 2024",
            "2022年,蕉城区在市委的坚强领导下,坚持依法行政。 | x.txt | 蕉城区 | county | 2022",
            // a sentence of preamble before the year; a sentence opening with the superiors' lead and no year
            "法治政府建设是全面推进依法治国的关键。2024年,巨野河街道以习近平新时代中国特色社会主义思想为指导。 | x.txt | 巨野河街道 | township | 2024",
            "2021年是“十四五”规划开局之年。在区委、区政府的正确领导下,松洲街以习近平新时代中国特色社会主义思想为指导。 | x.txt | 松洲街 | township | 2021",
            "2023年是全面贯彻党的二十大精神的开局之年。在县委的坚强领导下,石门镇坚持依法行政。 | x.txt | 石门镇 | township | 2023",
            // a zone's working committee and administration, each with an alias in brackets
            "2024年,青岛西海岸新区工委(区委)、管委(区政府)在市委、市政府的坚强领导下,深入贯彻党的二十大精神。 | x.txt | 青岛西海岸新区 | county | 2024",
            "2023年,兰州新区党工委、管委会坚持以习近平法治思想为指导。 | x.txt | 兰州新区 | county | 2023",
            // 县委、县政府 / 市政府 after the superiors' lead, resolved from the place the text names as a body
            "中共红河州委、红河州人民政府:\\n2025年,县委、县政府坚持以习近平新时代中国特色社会主义思想为指导。印发《金平县党政主要负责人履行推进法治建设第一责任人职责实施办法》《金平县党政主要负责人述法办法》。 | x.txt | 金平县 | county | 2025",
            "2022年,在内江市委、市政府和隆昌市委坚强领导下,在市人大、市政协监督支持下,市政府坚持依法行政。印发《隆昌市法治政府建设实施方案(2021—2025年)》。 | x.txt | 隆昌市 | county | 2022",
            "2021年,区委、区政府坚持依法行政,制定《城关区法治政府建设实施方案》。 | x.txt | 城关区 | county | 2021",
            // a county-level city opening under its short name, named whole elsewhere
            "2023 年,邹城坚持以习近平新时代中国特色社会主义思想为指导。印发《中共邹城市委全面依法治市委员会 2023 年工作要点》。 | x.txt | 邹城市 | county | 2023",
            "2022年,余姚以法治建设为抓手,落实《余姚市法治政府建设实施方案》。 | x.txt | 余姚市 | county | 2022",
            // a province named with its people (宁夏回族自治区 is no 宁夏 + 回族自治区)
            "宁夏回族自治区2022年度法治政府建设工作报告 | x.txt | 宁夏回族自治区 | province | 2022",
            "广西壮族自治区人民政府关于2021年法治政府建设情况的报告 | x.txt | 广西壮族自治区 | province | 2021",
            // a one-character county named in the report's slogans (法治盂县); its file name's prefecture dropped
            "2020年,在县委的正确领导下,县政府坚持以习近平新时代中国特色社会主义思想为指导,发挥平安盂县、法治盂县建设的优势。 | x.txt | 盂县 | county | 2020",
            "2020年,在县委的正确领导下,县政府坚持依法行政。 | 04_山西阳泉盂县_2020.txt | 盂县 | county | 2020",
            "2020年,我局坚持依法行政。 | 09_广东汕头龙湖区水务局_2020.txt | 龙湖区水务局 | department | 2020",
            // a department speaking as 我局 that names itself once with its place
            "2021年,在盐城市委、市政府的坚强领导下,我局深入学习贯彻党的十九届六中全会精神。盐城市交通运输局被交通运输部表彰为先进集体。 | x.txt | 盐城市交通运输局 | department | 2021",
            "根据工作安排,现将我局2024年法治政府建设工作情况报告如下:\\n制定了《六盘水市文体广电旅游局2024年法治政府建设工作要点》。 | x.txt | 六盘水市文体广电旅游局 | department | 2024",
            // a bare 市 department completed from the city its slogans name (法治岳阳, 平安南充)
            "现将市退役军人事务局2022年法治政府建设情况报告如下。我局营造尊崇氛围,为全面提升法治岳阳水平贡献力量。 | x.txt | 岳阳市退役军人事务局 | department | 2022",
            "2021年,市交通运输局坚持依法行政,助力平安南充建设。 | x.txt | 南充市交通运输局 | department | 2021",
            // a sentence opening 在…上 (人民街街道 2025, held-out set 15)
            "城中区委全面依法治区委员会:\\n在全面建设社会主义现代化国家新征程上,人民街街道办事处坚持以习近平法治思想为根本遵循。现将2025年工作情况总结如下: | x.txt | 人民街街道 | township | 2025",
            "在推进中国式现代化的进程中,龙岗镇坚持依法行政。现将2023年工作报告如下: | x.txt | 龙岗镇 | township | 2023",
            // the body's first words as its subject, with no year before them (护国街道 2025, held-out set 14)
            "护国街道坚持以习近平新时代中国特色社会主义思想为指导,扎实推进各项工作,取得阶段性成效。现将2025年法治政府建设工作汇报如下: | x.txt | 护国街道 | township | 2025",
            "石岩镇始终坚持依法行政,全面推进法治政府建设各项工作。现将2022年工作情况报告如下: | x.txt | 石岩镇 | township | 2022",
            "关于2023年法治建设情况的报告\\n东城街道深入学习贯彻习近平法治思想,依法履行职责,法治建设取得积极成效。 | x.txt | 东城街道 | township | 2023",
            // a page posted by a bureau (来源) for a report that speaks as its district; a bureau's own report keeps it
            "关于2020年度法治政府建设工作情况的报告\\n发布时间:2021-02-03 来源:长沙市开福区司法局\\n2020年,在市委、市政府的坚强领导下,全区深入学习贯彻习近平法治思想,《法制周报》推介我区法治政府建设成效。现将开福区2020年法治政府建设工作情况报告如下: | x.txt | 开福区 | county | 2020",
            "关于2020年度法治政府建设工作情况的报告\\n发布时间:2021-02-03 来源:长沙市开福区司法局\\n2020年,我局坚持依法行政,推进全区法治政府建设。 | x.txt | 开福区司法局 | department | 2020",
            // the whole place's administration as the subject (全市各级行政机关)
            "2023年,在省委、省政府和市委坚强领导下,全市各级行政机关坚持以习近平新时代中国特色社会主义思想为指导。印发《景德镇市贯彻落实〈关于进一步加强法治政府建设的意见〉的实施方案》。 | x.txt | 景德镇市 | city | 2023"})
    void metaFromAnyRealOpening(String opening, String file, String unit, String level, int year) {
        Extraction e = extractor.extract(ReportText.of(file, "txt", opening.replace("\\n", "\n") + "\n一、主要工作\n正文。"));

        assertThat(e.unit()).isEqualTo(unit);
        assertThat(e.level()).isEqualTo(level);
        assertThat(e.year()).isEqualTo(year);
        assertThat(e.metaQuotes()).containsKeys("unit", "level", "year");
    }

    /** A clause met once in mid-text (书记牵头抓总的城关镇坚持…) is no name: the file name's unit stands. */
    @Test
    void aSubjectMetOnceIsNoName() {
        Extraction e = extractor.extract(ReportText.of("01_河南某某县城关镇_2023.txt", "txt",
                "2023年,我镇坚持依法行政。\n一、主要举措\n工作中,书记牵头抓总的城关镇坚持每月学法。\n"));

        assertThat(e.unit()).isEqualTo("城关镇");
        assertThat(e.level()).isEqualTo("township");
    }

    /** Clauses that end like a name are none: 请与市人社局, 省及市, 大力推进全省, 六次全会和区, 及时调整蔡家桥镇, 全区农业领域. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "现将市人社局2021年法治政府建设情况报告予以公开。如有疑问,请与市人社局法规处联系。 | 市人社局",
            "2021年,我局全面贯彻落实国家、省及市法治政府建设工作部署,市生态环境局坚持依法行政,推进生态环境领域依法行政。 | 市生态环境局",
            "2023年,省司法厅坚持以习近平法治思想为指导,大力推进全省法治政府建设和省司法厅法治机关建设。 | 省司法厅",
            "2024年,在区委、区政府的坚强领导下,区司法局坚持依法行政,全面贯彻落实市委六届五次、六次全会和区委十五届七次全会精神。 | 区司法局",
            "2023年,我镇坚持依法行政。一是加强组织领导。根据镇党政班子成员调整情况,及时调整蔡家桥镇法治政府建设领导小组成员,制定《蔡家桥镇法治政府建设工作要点》。 | 蔡家桥镇",
            "2020年,制定出台《余杭区农业农村局2020年法治工作要点》,不断强化全区农业领域的法治化水平。 | -",
            "2021年来,街道按照《奉节县法治政府建设实施方案》的要求推进工作,全县法治建设扎实推进。 | -",
            "2021年,在市委的领导下,在盐城市交通运输局的指导下,我局坚持依法行政。 | -",
            "2022年,市司法局坚持依法行政,推进法治中国建设。 | 市司法局",
            // a province's bare 自治区; 本地区 at the end of a clause (专题研究解决本地区…)
            "自治区人民政府坚持依法行政,推进法治政府建设。 | -",
            "2023年,我们坚持依法行政,召开党工委会29次。专题研究解决本地区法治建设有关重大问题,并及时报告。 | -"})
    void aClauseEndingLikeANameIsNone(String opening, String unit) {
        Extraction e = extractor.extract(ReportText.of("x.txt", "txt", opening + "\n一、主要工作\n正文。"));

        assertThat(e.unit()).isEqualTo(unit);
    }

    /** With no year in the title or the opening sentence, the year the opening names most often. */
    @Test
    void theYearTheOpeningNamesMostOften() {
        Extraction e = extractor.extract(ReportText.of("x.txt", "txt", "一、工作开展情况\n党工委将法治建设纳入《2021年池州经开区重点工作"
                + "责任清单》和《2021年池州经开区落实市政府重点工作责任清单》,并对照《法治政府建设实施纲要(2021—2025年)》推进。\n"));

        assertThat(e.year()).isEqualTo(2021);
        assertThat(e.metaQuotes().get("year")).isEqualTo("2021年");
    }

    /** A clause that runs into a level word (通过县委常委会, 将学法纳入县政府…) names no place: 我县 stays unnamed. */
    @Test
    void aClauseRunningIntoALevelWordIsNoPlace() {
        Extraction e = extractor.extract(ReportText.of("x.txt", "txt",
                "2023年,我县坚持依法行政。一年来,通过县委常委会研究法治工作4次,始终在县委领导下推进工作,更加自觉地接受县人大的监督。"
                        + "将学法纳入县政府常务会议议程。\n"));

        assertThat(e.unit()).isNull();
        assertThat(e.level()).isEqualTo("county");
    }

    /** A province's short name, as reports and file names write it before a place of its own. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"广西壮族自治区, 广西", "新疆维吾尔自治区, 新疆", "内蒙古自治区, 内蒙古", "湖北省, 湖北", "重庆市, 重庆"})
    void aProvincesShortName(String province, String shortName) {
        assertThat(UnitNames.shortName(province)).isEqualTo(shortName);
    }

    @Test
    void withoutANameTheLevelComesFromWhatTheTextSays() {
        Extraction e = extractor.extract(ReportText.of("x.txt", "txt", "一、工作情况\n我镇为辖区12个村(社区)配备法律顾问。"));

        assertThat(e.unit()).isNull();
        assertThat(e.level()).isEqualTo("township");
        assertThat(e.metaQuotes()).containsEntry("level", "我镇");
        assertThat(e.warnings()).anyMatch(w -> w.contains("level township taken from the words 「我镇」"));
    }

    @Test
    void theYearReportedOnNotTheYearPublished() {
        Extraction e = extractor.extract(ReportText.of("t.txt", "txt",
                "成文日期 | 2024-02-19\n发布机构 | 古镛镇\n现将2023年度法治政府建设情况报告如下:\n一、主要举措和成效\n"));

        assertThat(e.year()).isEqualTo(2023);
        assertThat(e.unit()).isEqualTo("古镛镇");
        assertThat(e.level()).isEqualTo("township");
    }

    @Test
    void unknownMetaIsAWarning() {
        Extraction e = extractor.extract(ReportText.of("t.txt", "txt", "一、工作情况\n开展普法宣传。"));

        assertThat(e.unit()).isNull();
        assertThat(e.warnings()).anyMatch(w -> w.contains("unit was not found")).anyMatch(w -> w.contains("year"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"300, 300", "99.6, 99.6", "1.28万, 12800", "2.5万, 25000", "300余, 300", "十二, 12", "两, 2",
            "一百零五, 105", "二十, 20", "十, 10", "三千二百, 3200"})
    void numbersAsReportsWriteThem(String text, double value) {
        assertThat(NumberParser.parse(text)).hasValue(value);
    }

    @Test
    void notANumber() {
        assertThat(NumberParser.parse("多")).isEmpty();
        assertThat(NumberParser.parse("abc")).isEmpty();
    }
}
