<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>การประเมินคุณธรรมและความโปร่งใส (ITA) 2569 - องค์การบริหารส่วนตำบลท่าพระยา</title><link rel="stylesheet" href="/assets/css/style.css"></head><body><div id="top-bar">องค์การบริหารส่วนตำบลท่าพระยา อำเภอนางรอง จังหวัดบุรีรัมย์</div><div class="header"><img src="/images/logo.png" alt=""><h1 class="site-title">องค์การบริหารส่วนตำบลท่าพระยา</h1></div><nav class="navbar navbar-expand-lg"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item"><a class="nav-link" href="/structure.php">โครงสร้าง</a></li><li class="nav-item"><a class="nav-link" href="/executives.php">คณะผู้บริหาร</a></li><li class="nav-item"><a class="nav-link" href="/news.php">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/eservice.php">E-Service</a></li><li class="nav-item"><a class="nav-link" href="/complaint.php">ร้องเรียนการทุจริต</a></li><li class="nav-item"><a class="nav-link" href="/ita2569.php">ITA 2569</a></li><li class="nav-item"><a class="nav-link" href="/contact.php">ติดต่อเรา</a></li></ul></nav><div class="container" id="content"><div class="page-title"><h2>การประเมินคุณธรรมและความโปร่งใส (ITA) 2569</h2></div><div class="ita-svg"><svg width="1200" height="1610" viewBox="0 0 1200 1610" version="1.1" id="svg1" inkscape:version="1.2.2 (b0a8486541, 2022-12-01)" sodipodi:docname="oit2569.svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" bordercolor="#000000" borderopacity="0.25" inkscape:showpageshadow="2" inkscape:pageopacity="0.0" inkscape:pagecheckerboard="0" inkscape:deskcolor="#d1d1d1" inkscape:document-units="px" inkscape:zoom="0.5" inkscape:cx="600" inkscape:cy="900" inkscape:current-layer="layer1" />
  <defs id="defs1" />
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
    <text xml:space="preserve" style="font-weight:bold;font-size:30px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#1a1a1a" x="20" y="60" id="texthead"><tspan sodipodi:role="line" id="tspanhead-0" x="20" y="60.0">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</tspan></text>
    <rect style="fill:#0d47a1" id="band9.1" width="1160" height="46" x="20" y="120" />
    <text xml:space="preserve" style="font-weight:bold;font-size:22px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="36" y="152" id="texts9.1"><tspan sodipodi:role="line" id="tspans9.1-0" x="36" y="152.0">ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน</tspan></text>
    <a xlink:href="/structure.php" target="_blank" id="a1">
    <g id="g1" inkscape:label="O1">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect1" width="560" height="96" x="20" y="182" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path1" cx="68" cy="230" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="239" id="textc1"><tspan sodipodi:role="line" id="tspanc1-0" x="48" y="239.0">O1</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="220" id="textn1"><tspan sodipodi:role="line" id="tspann1-0" x="120" y="220.0">โครงสร้าง หน้าที่และอำนาจ</tspan></text>
    </g>
    </a>
    <a xlink:href="/executives.php" target="_blank" id="a2">
    <g id="g2" inkscape:label="O2">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect2" width="560" height="96" x="620" y="182" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path2" cx="668" cy="230" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="239" id="textc2"><tspan sodipodi:role="line" id="tspanc2-0" x="648" y="239.0">O2</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="220" id="textn2"><tspan sodipodi:role="line" id="tspann2-0" x="720" y="220.0">ข้อมูลผู้บริหาร</tspan></text>
    </g>
    </a>
    <a xlink:href="/contact.php" target="_blank" id="a3">
    <g id="g3" inkscape:label="O3">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect3" width="560" height="96" x="20" y="298" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path3" cx="68" cy="346" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="355" id="textc3"><tspan sodipodi:role="line" id="tspanc3-0" x="48" y="355.0">O3</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="336" id="textn3"><tspan sodipodi:role="line" id="tspann3-0" x="120" y="336.0">ข้อมูลการติดต่อและช่องทางการสอบถาม</tspan></text>
    </g>
    </a>
    <a xlink:href="/news.php" target="_blank" id="a4">
    <g id="g4" inkscape:label="O4">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect4" width="560" height="96" x="620" y="298" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path4" cx="668" cy="346" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="355" id="textc4"><tspan sodipodi:role="line" id="tspanc4-0" x="648" y="355.0">O4</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="336" id="textn4"><tspan sodipodi:role="line" id="tspann4-0" x="720" y="336.0">ข่าวประชาสัมพันธ์</tspan></text>
    </g>
    </a>
    <rect style="fill:#0d47a1" id="band9.2" width="1160" height="46" x="20" y="414" />
    <text xml:space="preserve" style="font-weight:bold;font-size:22px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="36" y="446" id="texts9.2"><tspan sodipodi:role="line" id="tspans9.2-0" x="36" y="446.0">ตัวชี้วัดย่อยที่ 9.2 การบริหารงานและการใช้จ่ายงบประมาณ</tspan></text>
    <a xlink:href="/uploads/files/f1699473115_6785bb.pdf" target="_blank" id="a5">
    <g id="g5" inkscape:label="O5">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect5" width="560" height="96" x="20" y="476" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path5" cx="68" cy="524" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="533" id="textc5"><tspan sodipodi:role="line" id="tspanc5-0" x="48" y="533.0">O5</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="514" id="textn5"><tspan sodipodi:role="line" id="tspann5-0" x="120" y="514.0">แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน</tspan></text>
    </g>
    </a>
    <a xlink:href="/ita2569_detail.php?id=6" target="_blank" id="a6">
    <g id="g6" inkscape:label="O6">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect6" width="560" height="96" x="620" y="476" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path6" cx="668" cy="524" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="533" id="textc6"><tspan sodipodi:role="line" id="tspanc6-0" x="648" y="533.0">O6</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="514" id="textn6"><tspan sodipodi:role="line" id="tspann6-0" x="720" y="514.0">แผนและความก้าวหน้าในการดำเนินงานแล</tspan><tspan sodipodi:role="line" id="tspann6-1" x="720" y="541.0">ะการใช้จ่ายงบประมาณประจำปี</tspan></text>
    </g>
    </a>
    <a xlink:href="/uploads/files/f1699649511_508041.pdf" target="_blank" id="a7">
    <g id="g7" inkscape:label="O7">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect7" width="560" height="96" x="20" y="592" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path7" cx="68" cy="640" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="649" id="textc7"><tspan sodipodi:role="line" id="tspanc7-0" x="48" y="649.0">O7</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="630" id="textn7"><tspan sodipodi:role="line" id="tspann7-0" x="120" y="630.0">รายงานผลการดำเนินงานประจำปี</tspan></text>
    </g>
    </a>
    <a xlink:href="/uploads/files/f1699796840_9c2f1a.pdf" target="_blank" id="a8">
    <g id="g8" inkscape:label="O8">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect8" width="560" height="96" x="620" y="592" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path8" cx="668" cy="640" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="649" id="textc8"><tspan sodipodi:role="line" id="tspanc8-0" x="648" y="649.0">O8</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="630" id="textn8"><tspan sodipodi:role="line" id="tspann8-0" x="720" y="630.0">คู่มือหรือแนวทางการปฏิบัติงานของเจ</tspan><tspan sodipodi:role="line" id="tspann8-1" x="720" y="657.0">้าหน้าที่</tspan></text>
    </g>
    </a>
    <a xlink:href="/uploads/files/f1699783204_a6f412.pdf" target="_blank" id="a9">
    <g id="g9" inkscape:label="O9">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect9" width="560" height="96" x="20" y="708" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path9" cx="68" cy="756" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="765" id="textc9"><tspan sodipodi:role="line" id="tspanc9-0" x="48" y="765.0">O9</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="746" id="textn9"><tspan sodipodi:role="line" id="tspann9-0" x="120" y="746.0">คู่มือหรือแนวทางการขอรับบริการ</tspan></text>
    </g>
    </a>
    <a xlink:href="/eservice.php" target="_blank" id="a10">
    <g id="g10" inkscape:label="O10">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect10" width="560" height="96" x="620" y="708" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path10" cx="668" cy="756" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="765" id="textc10"><tspan sodipodi:role="line" id="tspanc10-0" x="648" y="765.0">O10</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="746" id="textn10"><tspan sodipodi:role="line" id="tspann10-0" x="720" y="746.0">ระบบการให้บริการผ่านช่องทางออนไลน์</tspan><tspan sodipodi:role="line" id="tspann10-1" x="720" y="773.0">(E-Service)</tspan></text>
    </g>
    </a>
    <rect style="fill:#0d47a1" id="band9.3" width="1160" height="46" x="20" y="824" />
    <text xml:space="preserve" style="font-weight:bold;font-size:22px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="36" y="856" id="texts9.3"><tspan sodipodi:role="line" id="tspans9.3-0" x="36" y="856.0">ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ</tspan></text>
    <a xlink:href="/ita2569_detail.php?id=11" target="_blank" id="a11">
    <g id="g11" inkscape:label="O11">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect11" width="560" height="96" x="20" y="886" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path11" cx="68" cy="934" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="943" id="textc11"><tspan sodipodi:role="line" id="tspanc11-0" x="48" y="943.0">O11</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="924" id="textn11"><tspan sodipodi:role="line" id="tspann11-0" x="120" y="924.0">สรุปผลการจัดซื้อจัดจ้างรายเดือน</tspan></text>
    </g>
    </a>
    <a xlink:href="/uploads/files/f1699502888_19bc52.pdf" target="_blank" id="a12">
    <g id="g12" inkscape:label="O12">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect12" width="560" height="96" x="620" y="886" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path12" cx="668" cy="934" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="943" id="textc12"><tspan sodipodi:role="line" id="tspanc12-0" x="648" y="943.0">O12</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="924" id="textn12"><tspan sodipodi:role="line" id="tspann12-0" x="720" y="924.0">รายงานสรุปผลการจัดซื้อจัดจ้างประจำ</tspan><tspan sodipodi:role="line" id="tspann12-1" x="720" y="951.0">ปี</tspan></text>
    </g>
    </a>
    <rect style="fill:#0d47a1" id="band9.4" width="1160" height="46" x="20" y="1002" />
    <text xml:space="preserve" style="font-weight:bold;font-size:22px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="36" y="1034" id="texts9.4"><tspan sodipodi:role="line" id="tspans9.4-0" x="36" y="1034.0">ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล</tspan></text>
    <a xlink:href="/uploads/files/f1699184594_760e5d.pdf" target="_blank" id="a13">
    <g id="g13" inkscape:label="O13">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect13" width="560" height="96" x="20" y="1064" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path13" cx="68" cy="1112" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="1121" id="textc13"><tspan sodipodi:role="line" id="tspanc13-0" x="48" y="1121.0">O13</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="1102" id="textn13"><tspan sodipodi:role="line" id="tspann13-0" x="120" y="1102.0">หลักเกณฑ์และแผนการบริหารและพัฒนาทร</tspan><tspan sodipodi:role="line" id="tspann13-1" x="120" y="1129.0">ัพยากรบุคคล</tspan></text>
    </g>
    </a>
    <a xlink:href="/uploads/files/f1699008324_6ef068.pdf" target="_blank" id="a14">
    <g id="g14" inkscape:label="O14">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect14" width="560" height="96" x="620" y="1064" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path14" cx="668" cy="1112" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="1121" id="textc14"><tspan sodipodi:role="line" id="tspanc14-0" x="648" y="1121.0">O14</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="1102" id="textn14"><tspan sodipodi:role="line" id="tspann14-0" x="720" y="1102.0">รายงานผลการบริหารและพัฒนาทรัพยากรบ</tspan><tspan sodipodi:role="line" id="tspann14-1" x="720" y="1129.0">ุคคล</tspan></text>
    </g>
    </a>
    <a xlink:href="/ita2569_detail.php?id=15" target="_blank" id="a15">
    <g id="g15" inkscape:label="O15">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect15" width="560" height="96" x="20" y="1180" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path15" cx="68" cy="1228" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="1237" id="textc15"><tspan sodipodi:role="line" id="tspanc15-0" x="48" y="1237.0">O15</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="1218" id="textn15"><tspan sodipodi:role="line" id="tspann15-0" x="120" y="1218.0">ประมวลจริยธรรมและการขับเคลื่อนจริย</tspan><tspan sodipodi:role="line" id="tspann15-1" x="120" y="1245.0">ธรรม</tspan></text>
    </g>
    </a>
    <rect style="fill:#0d47a1" id="band9.5" width="1160" height="46" x="20" y="1296" />
    <text xml:space="preserve" style="font-weight:bold;font-size:22px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="36" y="1328" id="texts9.5"><tspan sodipodi:role="line" id="tspans9.5-0" x="36" y="1328.0">ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส</tspan></text>
    <a xlink:href="/uploads/files/f1699015509_54f1ca.pdf" target="_blank" id="a16">
    <g id="g16" inkscape:label="O16">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect16" width="560" height="96" x="20" y="1358" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path16" cx="68" cy="1406" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="1415" id="textc16"><tspan sodipodi:role="line" id="tspanc16-0" x="48" y="1415.0">O16</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="1396" id="textn16"><tspan sodipodi:role="line" id="tspann16-0" x="120" y="1396.0">แนวปฏิบัติการจัดการเรื่องร้องเรียน</tspan><tspan sodipodi:role="line" id="tspann16-1" x="120" y="1423.0">การทุจริต</tspan></text>
    </g>
    </a>
    <a xlink:href="/complaint.php" target="_blank" id="a17">
    <g id="g17" inkscape:label="O17">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect17" width="560" height="96" x="620" y="1358" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path17" cx="668" cy="1406" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="1415" id="textc17"><tspan sodipodi:role="line" id="tspanc17-0" x="648" y="1415.0">O17</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="1396" id="textn17"><tspan sodipodi:role="line" id="tspann17-0" x="720" y="1396.0">ช่องทางแจ้งเรื่องร้องเรียนการทุจริ</tspan><tspan sodipodi:role="line" id="tspann17-1" x="720" y="1423.0">ต</tspan></text>
    </g>
    </a>
    <a xlink:href="/ita2569_detail.php?id=18" target="_blank" id="a18">
    <g id="g18" inkscape:label="O18">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect18" width="560" height="96" x="20" y="1474" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path18" cx="68" cy="1522" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="48" y="1531" id="textc18"><tspan sodipodi:role="line" id="tspanc18-0" x="48" y="1531.0">O18</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="120" y="1512" id="textn18"><tspan sodipodi:role="line" id="tspann18-0" x="120" y="1512.0">ข้อมูลสถิติเรื่องร้องเรียนการทุจริ</tspan><tspan sodipodi:role="line" id="tspann18-1" x="120" y="1539.0">ต</tspan></text>
    </g>
    </a>
    <a xlink:href="/uploads/files/f1699096114_a73f36.pdf" target="_blank" id="a19">
    <g id="g19" inkscape:label="O19">
    <rect style="fill:#e3f2fd;stroke:#1565c0;stroke-width:2" id="rect19" width="560" height="96" x="620" y="1474" rx="14" ry="14" />
    <circle style="fill:#1565c0" id="path19" cx="668" cy="1522" r="34" />
    <text xml:space="preserve" style="font-weight:bold;font-size:24px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Bold';fill:#ffffff" x="648" y="1531" id="textc19"><tspan sodipodi:role="line" id="tspanc19-0" x="648" y="1531.0">O19</tspan></text>
    <text xml:space="preserve" style="font-weight:normal;font-size:20px;font-family:Sarabun;-inkscape-font-specification:'Sarabun Normal';fill:#1a1a1a" x="720" y="1512" id="textn19"><tspan sodipodi:role="line" id="tspann19-0" x="720" y="1512.0">ผลการเปิดโอกาสให้มีส่วนร่วมในการดำ</tspan><tspan sodipodi:role="line" id="tspann19-1" x="720" y="1539.0">เนินงาน</tspan></text>
    </g>
    </a>
  </g>
</svg>
</div><div class="ita-svg"><object data="/uploads/ita69/oit2569-10.svg" type="image/svg+xml" width="100%"></object></div></div><div id="footer"><p>องค์การบริหารส่วนตำบลท่าพระยา 12 หมู่ 3 ตำบลท่าพระยา อำเภอนางรอง จังหวัดบุรีรัมย์ 31110</p><p>โทรศัพท์ 044-000-311 อีเมล saraban@thaphraya-sao.go.th</p></div></body></html>