<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>ข่าวประชาสัมพันธ์ - องค์การบริหารส่วนตำบลชุมแสง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>ข่าวประชาสัมพันธ์</h3><ul><li><a href="news.php?id=101">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง</a> <span class="date">(12 มกราคม 2566)</span></li><li><a href="news.php?id=102">โครงการประชาคมหมู่บ้าน</a> <span class="date">(3 กุมภาพันธ์ 2566)</span></li><li><a href="news.php?id=103">รับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก</a> <span class="date">(21 กุมภาพันธ์ 2566)</span></li><li><a href="news.php?id=104">กิจกรรมวันท้องถิ่นไทย</a> <span class="date">(8 มีนาคม 2566)</span></li><li><a href="news.php?id=105">ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า</a> <span class="date">(2 พฤษภาคม 2566)</span></li><li><a href="news.php?id=106">ประกาศรับสมัครพนักงานจ้าง</a> <span class="date">(19 มิถุนายน 2566)</span></li></ul>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลชุมแสง หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210</p><p>โทรศัพท์ 038-666-120 โทรสาร 038-666-121 อีเมล: saraban@chumsaeng-sao.go.th</p></font></td></tr>
</table></body></html>